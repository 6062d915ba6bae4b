/** Reads the built site in dist/ for tests: its HTML pages, parsed with hast. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

export const DIST = join(process.cwd(), 'dist');

/** Fails with a sentence, not a stack of ENOENTs, when the site was not built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (`npm test` does).');
  }
}

/** Every HTML file of dist/ as its URL path ("/leadership/founding/", "/404.html"). */
export function builtPages(): string[] {
  requireDist();
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + relative(DIST, join(DIST, f)).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The file that serves a URL path, as a static host would (folders serve index.html). */
export function fileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, Root>();

/** The parsed page at a URL path. */
export function page(urlPath: string): Root {
  let tree = cache.get(urlPath);
  if (!tree) {
    tree = fromHtml(readFileSync(fileFor(urlPath), 'utf8'));
    cache.set(urlPath, tree);
  }
  return tree;
}
