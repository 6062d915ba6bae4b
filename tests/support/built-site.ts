/**
 * Reads a built site in any folder (dist/ or a second build), for the metadata, sitemap and
 * sub-path tests: its HTML pages, the public ones among them, its sitemap, and its public address.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { contentRedirects } from './content.ts';

/** The site's public root, `site` + `base` as astro.config.mjs sets them: `https://example.org/isk/`. */
export function publicRoot(site: string, base: string): string {
  return new URL(base.replace(/\/?$/, '/'), site).href;
}

/** Every HTML file of a build as its site path ("/leadership/founding/", "/404.html"). */
export function htmlPages(dir: string): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: build it first (npm test does).`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + relative(dir, join(dir, f)).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The old addresses that forward (content/redirects.yaml); their pages are not the site's own. */
export function redirectPaths(): Set<string> {
  return new Set(contentRedirects().map((r) => r.from));
}

/** The pages readers land on: every HTML page but 404.html and the forwarding pages. */
export function publicPages(dir: string): string[] {
  const redirects = redirectPaths();
  return htmlPages(dir).filter((p) => p !== '/404.html' && !redirects.has(p));
}

/** The file a static host serves for a site path (folders serve index.html). */
export function fileIn(dir: string, sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, Root>();

/** The parsed page at a site path. */
export function parsedPage(dir: string, sitePath: string): Root {
  const file = fileIn(dir, sitePath);
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

/** The `<loc>`s of an XML sitemap file. */
function locs(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * Every page URL the sitemap lists: sitemap-index.xml, then each sitemap it names, read from the
 * build (its URL mapped to the folder through the public root).
 */
export function sitemapUrls(dir: string, root: string): string[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${dir} has no sitemap-index.xml.`);
  return locs(index).flatMap((url) => {
    if (!url.startsWith(root)) throw new Error(`sitemap-index.xml names ${url}, which is not under ${root}.`);
    return locs(fileIn(dir, '/' + url.slice(root.length)));
  });
}
