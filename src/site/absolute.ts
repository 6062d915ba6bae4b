import { withBase } from '../lib/base-path.ts';

/** Absolute URLs on the site's public address (astro.config's `site` and `base`). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, path), site ?? 'http://localhost:4321').href;
}
