/** The site's base path (astro.config's `base`, e.g. "/" or "/isk"), written once. Pure. */

/** The base with exactly one slash at its end: "/isk" → "/isk/". */
export function normalizeBase(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A site path under the base: `withBase('/isk', '/source/')` → `/isk/source/`. */
export function withBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\//, '');
}
