import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile, parseRedirectsFile } from '../../tools/host-files.ts';

describe('parseHeadersFile', () => {
  it('reads each path with the headers indented under it, comments and blank lines skipped', () => {
    const text =
      "# the site\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'none'; img-src 'self' data:\n\n/isk/*\n  Referrer-Policy: no-referrer\n";
    expect(parseHeadersFile(text)).toEqual([
      {
        path: '/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', "default-src 'none'; img-src 'self' data:"],
        ],
      },
      { path: '/isk/*', headers: [['Referrer-Policy', 'no-referrer']] },
    ]);
  });

  it('refuses a header that is under no path, or a line that is not a header', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers: "X-Frame-Options: DENY" is not a header under a path.');
    expect(() => parseHeadersFile('/*\n  no colon here\n')).toThrow(/"no colon here" is not a header/);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile('/*\n  A: 1\n/isk/*\n  B: 2\n/isk/exact.html\n  C: 3\n');

  it('gives a path the headers of every rule whose pattern matches it, in the file’s order', () => {
    expect(headersFor(rules, '/isk/exact.html')).toEqual([
      ['A', '1'],
      ['B', '2'],
      ['C', '3'],
    ]);
    expect(headersFor(rules, '/other/')).toEqual([['A', '1']]);
  });

  it('matches * across slashes, and nothing else loosely', () => {
    expect(matchesPattern('/isk/*', '/isk/a/b/c.js')).toBe(true);
    expect(matchesPattern('/isk/*', '/iskx/a')).toBe(false);
    expect(matchesPattern('/a.html', '/aXhtml')).toBe(false);
  });
});

describe('parseRedirectsFile', () => {
  it('reads "from to status", a missing status being a 301', () => {
    expect(parseRedirectsFile('# moved\n/a/ /b/ 301\n\n/c/ /d/\n/e/ /f/ 302\n')).toEqual([
      { from: '/a/', to: '/b/', status: 301 },
      { from: '/c/', to: '/d/', status: 301 },
      { from: '/e/', to: '/f/', status: 302 },
    ]);
  });

  it('refuses a rule without a target', () => {
    expect(() => parseRedirectsFile('/a/\n')).toThrow('_redirects: "/a/" is not "from to [status]".');
  });
});
