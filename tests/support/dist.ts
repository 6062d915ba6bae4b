/**
 * Reads a built site for the tests: dist/ by default, or any other build (the sub-path build, a
 * fixture's). Its HTML pages, the public ones among them, each page parsed with hast, its sitemap,
 * and its public address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { DIST, fileIn, htmlPages, requireBuilt } from '../../tools/site-files.ts';
import { contentRedirects } from './content.ts';

export { DIST, requireBuilt };

/** Every HTML file of a build as its site path ("/leadership/founding/", "/404.html"), sorted. */
export const builtPages = (dir = DIST): string[] => htmlPages(dir);

/** The file that serves a site path, as a static host would (folders serve index.html). */
export const fileFor = (sitePath: string, dir = DIST): string => fileIn(dir, sitePath);

/** The pages readers land on: every HTML page but 404.html and the forwarding pages of content/redirects.yaml. */
export function publicPages(dir = DIST): string[] {
  const moved = new Set(contentRedirects().map((r) => r.from));
  return builtPages(dir).filter((p) => p !== '/404.html' && !moved.has(p));
}

/**
 * The public pages search engines may index: those without `<meta name="robots" content="noindex">`
 * (the entries pinned in an edition carry it). The sitemap and the 404 page's list hold these.
 */
export function indexablePages(dir = DIST): string[] {
  return publicPages(dir).filter((p) => !/<meta name="robots" content="noindex">/.test(readFileSync(fileFor(p, dir), 'utf8')));
}

const parsed = new Map<string, Root>();

/** The parsed page at a site path, parsed once. */
export function page(sitePath: string, dir = DIST): Root {
  const file = fileFor(sitePath, dir);
  let tree = parsed.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    parsed.set(file, tree);
  }
  return tree;
}

/** The site's public root, `site` + `base` as astro.config.mjs sets them: `https://example.org/isk/`. */
export function publicRoot(site: string, base: string): string {
  return new URL(base.replace(/\/?$/, '/'), site).href;
}

/** The `<loc>`s of an XML sitemap file. */
function locs(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * Every page URL the sitemap lists: sitemap-index.xml, then each sitemap it names, read from the
 * build (its URL mapped to the folder through the public root).
 */
export function sitemapUrls(root: string, dir = DIST): string[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${dir} has no sitemap-index.xml.`);
  return locs(index).flatMap((url) => {
    if (!url.startsWith(root)) throw new Error(`sitemap-index.xml names ${url}, which is not under ${root}.`);
    return locs(fileFor('/' + url.slice(root.length), dir));
  });
}
