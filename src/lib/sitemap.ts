/**
 * Which built addresses the sitemap lists: every page a reader can land on, and nothing else.
 * Used by astro.config's sitemap integration and by the tests that check the sitemap. Pure.
 */

import { normalizeBase } from './base-path.ts';

/**
 * Whether a site path (without the base) is a public page: not the 404 page, not a file such as
 * /data/profile.json or /robots.txt, not an old address that forwards (content/redirects.yaml), and
 * not an entry pinned in an edition (/editions/<date>/<section>/<entry>/), which stays unchanged.
 */
export function isListedPage(path: string, redirects: ReadonlySet<string>): boolean {
  if (!path.endsWith('/')) return false;
  if (path === '/404/' || path.startsWith('/data/')) return false;
  if (/^\/editions\/[^/]+\/[^/]+\/[^/]+\/$/.test(path)) return false;
  return !redirects.has(path);
}

/**
 * The sitemap integration's `filter`: takes an absolute page URL. `site` and `base` are
 * astro.config's; `redirects` the old addresses of content/redirects.yaml.
 */
export function sitemapFilter(site: string, base: string, redirects: readonly { from: string }[]): (url: string) => boolean {
  const root = new URL(normalizeBase(base), site);
  const moved = new Set(redirects.map((r) => r.from));
  return (url) => {
    const { href } = new URL(url);
    if (!href.startsWith(root.href)) return false;
    return isListedPage('/' + href.slice(root.href.length), moved);
  };
}
