/** The site's base path (astro.config's `base`, e.g. "/" or "/isk"), written once. Pure. */

/** The base with exactly one slash at its end: "/isk" → "/isk/". */
export function normalizeBase(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A site path under the base: `withBase('/isk', '/source/')` → `/isk/source/`. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\//, '');
}

/** Where the site is served when astro.config gives no address: `npm run preview`. */
const PREVIEW_ORIGIN = 'http://localhost:4321';

/** An absolute URL of a site path, on the site's address under its base. */
export function absoluteUrlOf(site: URL | string | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site ?? PREVIEW_ORIGIN).href;
}
