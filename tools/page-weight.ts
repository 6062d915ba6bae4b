/**
 * What a built page costs to load, in bytes as gzip (level 9) would send them: its HTML and the
 * style sheets it links; and the JavaScript that runs before the reader does anything (scripts
 * with src, the modules they import statically, and inline scripts). Each file is compressed on
 * its own, as a server sends it. Pure but for reading the build. The budgets test holds reading
 * pages to these figures; `npm run bench:weights` prints them for every page type.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { fileIn } from './site-files.ts';

export interface PageWeight {
  /** gzip bytes of the HTML. */
  html: number;
  /** gzip bytes of each linked style sheet, by site path. */
  css: Map<string, number>;
  /** gzip bytes of each script file loaded at once (src and static imports), by site path. */
  jsFiles: Map<string, number>;
  /** gzip bytes of the inline scripts, each compressed on its own. */
  jsInline: number;
}

/** Script types the browser runs; JSON-LD, Pagefind's result template and the like are data. */
const RUNS = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/**
 * Bytes of a file of the build at a site path as a gzip-ing host sends it: the smaller of the file
 * and its gzip, since Pagefind's index files are gzip already. The search benchmarks and the search
 * budget test count what a search fetches with it.
 */
export function sentBytes(dist: string, sitePath: string): number {
  const raw = readFileSync(fileIn(dist, sitePath));
  return Math.min(raw.length, gzipSize(raw));
}

/** Site paths a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
  return specifiers.map((s) => new URL(s, `https://site.invalid${from}`).pathname);
}

/** Reads a site path of the build. */
function fileOf(dist: string, path: string): Buffer {
  return readFileSync(join(dist, decodeURIComponent(path)));
}

/** The weight of the page at a site path of the build in `dist`. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(fileIn(dist, page), 'utf8');
  const tree = fromHtml(html);
  const local = (href: string) => {
    const url = new URL(href, `https://site.invalid${page}`);
    return url.origin === 'https://site.invalid' ? url.pathname : undefined;
  };
  const css = new Map<string, number>();
  for (const link of selectAll('link[rel~="stylesheet"][href]', tree)) {
    const path = local(String(link.properties['href']));
    if (path) css.set(path, gzipSize(fileOf(dist, path)));
  }
  const jsFiles = new Map<string, number>();
  let jsInline = 0;
  const queue: string[] = [];
  for (const script of selectAll('script', tree)) {
    const type = String(script.properties['type'] ?? '').toLowerCase();
    if (!RUNS.has(type)) continue;
    const src = script.properties['src'];
    if (src === undefined) jsInline += gzipSize(script.children.map((c) => ('value' in c ? c.value : '')).join(''));
    else {
      const path = local(String(src));
      if (path) queue.push(path);
    }
  }
  for (const link of selectAll('link[rel~="modulepreload"][href]', tree)) {
    const path = local(String(link.properties['href']));
    if (path) queue.push(path);
  }
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (jsFiles.has(path)) continue;
    const code = fileOf(dist, path);
    jsFiles.set(path, gzipSize(code));
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return { html: gzipSize(html), css, jsFiles, jsInline };
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** HTML and CSS together. */
export const htmlCss = (w: PageWeight): number => w.html + sum(w.css);
/** JavaScript before interaction. */
export const jsTotal = (w: PageWeight): number => sum(w.jsFiles) + w.jsInline;
