/**
 * The site's Content Security Policy and the other security headers a static host can serve.
 * astro.config's `security.csp` builds the policy from these (Astro adds `script-src` and
 * `style-src` with the hashes of every script and style it bundles) and puts it in a <meta> in
 * every page; src/integrations/security-headers.ts copies that policy into dist/_headers, with
 * what a <meta> cannot carry. The tests read the policy back with `parsePolicy`.
 */
import { createHash } from 'node:crypto';
import { normalizeBase } from './base-path.ts';

/**
 * Every directive but `script-src` and `style-src`. Nothing loads unless it is named here, and
 * nothing comes from another origin: search fetches its index and WebAssembly (`connect-src`)
 * and runs in a worker (`worker-src`); Pagefind's style sheet draws its icons as data: images;
 * the header's form submits to /search/ (`form-action`). No fonts, frames, media, manifests or
 * plugins: `default-src 'none'` refuses them.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/**
 * `script-src` sources besides the hashes Astro adds. There is no 'unsafe-inline': every inline
 * script that runs is allowed by its hash. `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly search engine, and permits no eval() of JavaScript. A policy sent as a header also
 * governs Pagefind's worker, where search then never answers without it (tests/browser/csp.test.ts).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Directives only a response header can carry: a <meta> policy ignores them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** Powerful features no page of the site uses, refused to the site and anything it could embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** The headers served with every file besides the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
};

/** A CSP hash source for an inline script's exact text: `'sha256-…'` without the quotes. */
export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** A policy as directive name → its sources, in order (`script-src` → `['self', ...]`). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The policy written out again in one canonical spacing: `name source source; name ...`. */
export function formatPolicy(directives: ReadonlyMap<string, readonly string[]>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what any of the given policies allows: each directive with the sources
 * of all of them. Astro's hashes of styles can differ from page to page (a forwarding page has no
 * stylesheet), and one header serves every page; each page's own <meta> still narrows it.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return formatPolicy(merged);
}

/**
 * Netlify / Cloudflare Pages `_headers`: the pages' policy with the header-only directives, and
 * the other security headers, for every file under the site's base path.
 */
export function headersFile(metaPolicy: string, base: string): string {
  const policy = formatPolicy(parsePolicy([metaPolicy, ...HEADER_ONLY_DIRECTIVES].join(';')));
  const headers = { 'Content-Security-Policy': policy, ...SECURITY_HEADERS };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`${normalizeBase(base)}*`, ...lines, ''].join('\n');
}
