/** Absolute URLs on the site's public address (astro.config's `site` and `base`). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return new URL(base + path.replace(/^\//, ''), site ?? 'http://localhost:4321').href;
}
