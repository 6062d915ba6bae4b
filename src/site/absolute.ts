import { absoluteUrlOf } from '../lib/base-path.ts';

/** Absolute URLs on the site's public address (astro.config's `site` and `base`). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return absoluteUrlOf(site, import.meta.env.BASE_URL, path);
}
