import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDist } from './tests/support/server.ts';
import { locationsOf } from './tests/support/search.ts';
const cases = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8'));
const site = await serveDist();
const pf: any = await import(pathToFileURL(join('dist', 'pagefind', 'pagefind.js')).href);
for (const pageLength of [0, 0.25, 0.5, 0.75]) for (const termFrequency of [0, 0.5, 1]) for (const termSaturation of [0.5, 1.4]) {
  await pf.options({ basePath: `${site.origin}/pagefind/`, baseUrl: '/', ranking: { pageLength, termFrequency, termSaturation, termSimilarity: 1 } });
  let ok = 0, first = 0;
  for (const c of cases) {
    const s = await pf.search(c.query);
    const pages = await Promise.all((s?.results ?? []).map((r: any) => r.data()));
    const locs = pages.flatMap(locationsOf).map((u: string) => u.replace(/\?highlight=[^#]*/, ''));
    const rank = locs.indexOf(c.expect);
    if (rank === 0) first++;
    if (rank >= 0 && rank < c.within) ok++;
  }
  console.log(JSON.stringify({ pageLength, termFrequency, termSaturation }), 'ok', ok, 'first', first);
}
await site.close(); process.exit(0);
