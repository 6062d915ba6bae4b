/**
 * The Content-Security-Policy of the built site: the same in every page's <meta> and in
 * dist/_headers, with no 'unsafe-inline' for scripts, and every inline script and style that the
 * pages carry allowed by its hash. What a browser makes of it is tests/browser/csp.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { HEADER_ONLY_DIRECTIVES, mergePolicies, SECURITY_HEADERS, parsePolicy, sha256 } from '../../src/lib/security.ts';
import { parseHeadersFile } from '../../tools/host-files.ts';
import { builtPages, DIST, fileFor, page } from '../support/dist.ts';

const pages = builtPages();

/** The policies of a page's CSP <meta> elements. */
function metaPolicies(p: string): string[] {
  return selectAll('meta', page(p))
    .filter((m) => String(m.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy')
    .map((m) => String(m.properties['content'] ?? ''));
}

const policies = new Map(pages.map((p) => [p, metaPolicies(p)]));
/** What the pages' policies allow together: one policy unless some page differs (a forwarding page). */
const directives = parsePolicy(mergePolicies([...policies.values()].flat()));
/** An element's text exactly as the browser hashes it (hast-util-to-text would fold its white space). */
const rawText = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
/** Script types a browser runs; JSON-LD, JSON and Pagefind's template are data. */
const runs = (el: Element) => ['', 'module', 'text/javascript'].includes(String(el.properties['type'] ?? '').toLowerCase());

describe('the Content-Security-Policy <meta>', () => {
  it('every page carries exactly one, and every page of the site’s layout the same one', () => {
    expect(pages.filter((p) => policies.get(p)?.length !== 1)).toEqual([]);
    const reading = pages.filter((p) => selectAll('header.site-header', page(p)).length > 0);
    expect(new Set(reading.map((p) => policies.get(p)?.[0])).size).toBe(1);
  });

  it('allows no inline script or eval by keyword, and nothing from another origin', () => {
    const scripts = directives.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    // Only keywords, hashes and data: images: no host is named.
    const sources = [...directives.values()].flat();
    expect(sources.filter((s) => !/^'[a-z-]+'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$|^data:$/.test(s))).toEqual([]);
  });

  it('allows every inline script that runs, and every inline style, by its hash; no page has inline handlers or style attributes', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const own = parsePolicy(policies.get(p)?.[0] ?? '');
      const scriptHashes = new Set(own.get('script-src'));
      const styleHashes = new Set(own.get('style-src'));
      const tree = page(p);
      for (const el of selectAll('script:not([src])', tree).filter(runs)) {
        if (!scriptHashes.has(`'${sha256(rawText(el))}'`))
          problems.push(`${p}: inline script "${rawText(el).slice(0, 60)}" has no hash in script-src`);
      }
      for (const el of selectAll('style', tree)) {
        if (!styleHashes.has(`'${sha256(rawText(el))}'`)) problems.push(`${p}: inline <style> has no hash in style-src`);
      }
      visit(tree, 'element', (el: Element) => {
        if ('style' in el.properties) problems.push(`${p}: <${el.tagName} style> needs style-src 'unsafe-inline'`);
        const handler = Object.keys(el.properties).find((name) => /^on[A-Z]/.test(name));
        if (handler) problems.push(`${p}: <${el.tagName} ${handler.toLowerCase()}> needs script-src 'unsafe-inline'`);
      });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('comes before every script that runs, since a <meta> policy governs only what follows it', () => {
    const late = pages.filter((p) => {
      const html = readFileSync(fileFor(p), 'utf8');
      const meta = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script(?![^>]*type="(application\/(ld\+)?json|text\/pagefind-template)")[\s>]/);
      return meta < 0 || (firstScript >= 0 && firstScript < meta);
    });
    expect(late).toEqual([]);
  });
});

describe('dist/_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const headers = new Map(rules.find((r) => r.path === '/*')?.headers);

  it('has one rule, for every file of the site', () => {
    expect(rules.map((r) => r.path)).toEqual(['/*']);
  });

  it('carries the pages’ policy, and frame-ancestors, which a <meta> cannot', () => {
    const header = parsePolicy(headers.get('Content-Security-Policy') ?? '');
    const headerOnly = HEADER_ONLY_DIRECTIVES.map((d) => d.split(' ')[0] ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(new Map([...header].filter(([name]) => !headerOnly.includes(name)))).toEqual(directives);
  });

  it('carries the other security headers', () => {
    expect(Object.fromEntries([...headers].filter(([name]) => name !== 'Content-Security-Policy'))).toEqual(SECURITY_HEADERS);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(headers.get('Permissions-Policy')?.split(/,\s*/)).toContain(`${feature}=()`);
    }
  });

  it('asks for the same referrer policy as the pages’ <meta name="referrer">', () => {
    const referrers = new Set(
      pages.flatMap((p) => selectAll('meta[name="referrer"]', page(p)).map((m) => String(m.properties['content']))),
    );
    expect([...referrers]).toEqual([headers.get('Referrer-Policy')]);
  });
});
