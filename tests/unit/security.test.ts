import { describe, expect, it } from 'vitest';
import { formatPolicy, headersFile, mergePolicies, parsePolicy, sha256 } from '../../src/lib/security.ts';
import { parseHeadersFile } from '../../tools/host-files.ts';

const META = "default-src 'none';img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self';";

describe('the security headers file', () => {
  it('reads a policy as directives and their sources, whatever the spacing', () => {
    const policy = parsePolicy(META);
    expect([...policy.keys()]).toEqual(['default-src', 'img-src', 'script-src', 'style-src']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(formatPolicy(policy)).toBe("default-src 'none'; img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self'");
  });

  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; script-src 'unsafe-inline'").get('script-src')).toEqual(["'self'"]);
  });

  it('writes the page’s policy with frame-ancestors for every file under the base path', () => {
    for (const [base, path] of [
      ['/', '/*'],
      ['/isk/', '/isk/*'],
      ['/isk', '/isk/*'],
    ] as const) {
      const [rule, ...others] = parseHeadersFile(headersFile(META, base));
      expect(others).toEqual([]);
      expect(rule?.path).toBe(path);
      const csp = new Map(rule?.headers).get('Content-Security-Policy') ?? '';
      expect(csp).toBe(`${formatPolicy(parsePolicy(META))}; frame-ancestors 'none'`);
    }
  });

  it('hashes a script’s exact text as a CSP source', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(sha256('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});

describe('merging the pages’ policies for one header', () => {
  it('allows what any page allows, each source once, in the order first seen', () => {
    const merged = mergePolicies([
      "default-src 'none'; style-src 'self' 'sha256-a='",
      "default-src 'none'; style-src 'self' 'sha256-b='; img-src 'self'",
    ]);
    expect(merged).toBe("default-src 'none'; style-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self'");
  });

  it('leaves one policy as it is, but for spacing', () => {
    expect(mergePolicies([META])).toBe(formatPolicy(parsePolicy(META)));
  });
});
