/**
 * The URLs the site publishes: every page, and every section, paragraph, event or row anchor in
 * a page's main content. A record of them is kept in content/published-urls.json, beside the
 * content that makes them, so editors see it (the content model reads only .mdx, .yaml and .txt,
 * so it leaves the record alone); `npm run urls:record` adds to it. Once a URL is in the record,
 * it must keep working (see `resolvePublished`). Pure but for reading the record and the built files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/** The record of every URL ever published, from the project's root. */
export const PUBLISHED_URLS_FILE = 'content/published-urls.json';

/** The recorded URLs, sorted; none when there is no record yet. */
export function readRecord(file = join(process.cwd(), PUBLISHED_URLS_FILE)): string[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/** Elements whose ids are link targets readers may have published. */
const ANCHORS = 'main :is(h1, h2, h3, h4, h5, h6, p, li, tr, .former-anchor)[id]:not(#toc-heading, #key-facts-title, #cite-heading)';

/** The page path a built file serves: `leadership/founding/index.html` → `/leadership/founding/`. */
function pathOf(dist: string, file: string): string {
  return (
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')
  );
}

/** True for pages that only forward elsewhere (moved pages) or are not pages (the 404). */
function isPublic(path: string, html: string): boolean {
  return path !== '/404.html' && !/<meta http-equiv="refresh"[^>]*data-redirect/.test(html);
}

/** Every published URL of a build: pages, and `page#anchor` for each anchor on them, sorted. */
export function collectPublished(dist: string): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
  const urls: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const path = pathOf(dist, file);
    if (!isPublic(path, html)) continue;
    urls.push(path);
    for (const el of selectAll(ANCHORS, fromHtml(html))) {
      const id = String(el.properties['id']);
      // The citation blocks' ids serve their copy buttons; they are not places to link to.
      if (!id.startsWith('cite-')) urls.push(`${path}#${id}`);
    }
  }
  return [...new Set(urls)].sort();
}

/** Why a published URL no longer resolves, or undefined if it still does. */
export function resolvePublished(url: string, dist: string, redirects: readonly { from: string; to: string }[]): string | undefined {
  const [path = '/', anchor] = url.split('#');
  const moved = redirects.find((r) => r.from === path);
  const target = moved ? moved.to : path;
  const file = join(dist, target.endsWith('/') ? `${target}index.html` : target);
  if (!existsSync(file)) {
    return `${url}: the page ${target} is gone. To keep the link working, add a record to content/redirects.yaml (from: ${path}, to: its new address).`;
  }
  if (moved && !existsSync(join(dist, path, 'index.html'))) {
    return `${url}: content/redirects.yaml forwards ${path}, but no forwarding page was built there.`;
  }
  if (anchor && !select(`[id="${anchor.replace(/"/g, '\\"')}"]`, fromHtml(readFileSync(file, 'utf8')))) {
    return (
      `${url}: ${target} has no element with id "${anchor}" any more. If the section was renamed, add ` +
      `"${anchor}: <its new id>" to the entry's formerAnchors; if it was removed, keep a heading with that id.`
    );
  }
  return undefined;
}
