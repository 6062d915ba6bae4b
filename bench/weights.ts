/**
 * `npm run bench:weights`: what each type of page costs to load, in bytes as gzip (level 9) sends
 * them (tools/page-weight.ts), for the heaviest page of each type in dist/: its HTML, its style
 * sheets, and the JavaScript that runs before the reader does anything. Reading pages are held to
 * 14 KB of HTML and CSS and 3 KB of JavaScript by tests/site/budgets.test.ts; this prints every
 * type's figures, budget or not. Needs a build (`npm run build`).
 */
import { loadContent } from '../src/model/index.ts';
import { pageTypes } from '../tools/page-types.ts';
import { htmlCss, jsTotal, pageWeight, type PageWeight } from '../tools/page-weight.ts';
import { DIST, htmlPages } from '../tools/site-files.ts';
import { kb } from './lib/stats.ts';

const moved = new Set(loadContent().model.redirects.map((r) => r.from));
const pages = htmlPages(DIST).filter((p) => !moved.has(p));
const weights = new Map<string, PageWeight>(pages.map((p) => [p, pageWeight(DIST, p)]));
const weight = (p: string) => {
  const w = weights.get(p);
  if (!w) throw new Error(`${p} was not built; run npm run build.`);
  return w;
};

console.log('Page weights, gzip -9: the heaviest page of each type (HTML+CSS, and JavaScript before interaction)');
console.log('| Page type | Heaviest page | HTML | CSS | HTML+CSS | JS | Reading page |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const { type, pages: list, reading } of pageTypes(pages)) {
  const heaviest = (f: (w: PageWeight) => number) => list.reduce((a, b) => (f(weight(b)) > f(weight(a)) ? b : a));
  const page = heaviest(htmlCss);
  const w = weight(page);
  const js = jsTotal(weight(heaviest(jsTotal)));
  const name = list.length > 1 ? `\`${page}\` (of ${list.length})` : `\`${page}\``;
  console.log(
    `| ${type} | ${name} | ${kb(w.html)} | ${kb(htmlCss(w) - w.html)} | ${kb(htmlCss(w))} | ${kb(js)} | ${reading ? 'yes' : ''} |`,
  );
}
