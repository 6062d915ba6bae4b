/**
 * `npm run bench:search-tune`: how well each ranking ranks bench/search-tuning.json, a query set
 * kept apart from the sets the tests assert (tests/search/relevance.json and spelling.json), which
 * this tool never reads: the tests then check, on queries the ranking was not chosen for, that it
 * still holds. Needs a build (`npm run build`); it copies what it needs from dist/ at the start.
 *
 * It tries every combination of:
 *   - the record pages' weight (RECORD_WEIGHT): the indexed pages are copied with their weight
 *     changed and indexed again, as the build indexes them (chunk size included);
 *   - Pagefind's ranking options (SEARCH_RANKING): page length, term saturation and frequency,
 *     and the extra weight of a match in a page's title.
 * Each query is answered as the site answers it (tests/support/search.ts). A case passes when its
 * section is among the first `within` links; the table gives the passes, the queries whose link
 * came first, and the mean reciprocal rank, best first, and marks the site's own settings
 * (`SHOW=regex` adds the rows whose settings match).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { RECORD_WEIGHT, SEARCH_FOLDER, SEARCH_RANKING, SPELLING_FILE } from '../src/lib/search-config.ts';
import { startSearch } from '../tests/support/search.ts';
import { DIST, requireBuilt } from '../tools/site-files.ts';

interface TuningCase {
  query: string;
  expect: string;
  within: number;
  why: string;
}

const CASES = JSON.parse(readFileSync(join(process.cwd(), 'bench/search-tuning.json'), 'utf8')) as TuningCase[];
const RECORD_WEIGHTS = [0.05, 0.1, 0.2, 0.4];
const GRID = {
  pageLength: [0.5, 0.75, 1],
  termSaturation: [1, 1.4, 1.8],
  termFrequency: [0.75, 1],
  title: [0, 0.5, 1, 5],
};
type Setting = { [K in keyof typeof GRID]: number };

/** Every combination of the grid's values. */
function settings(): Setting[] {
  return Object.entries(GRID).reduce<Partial<Setting>[]>(
    (all, [key, values]) => all.flatMap((s) => values.map((v) => ({ ...s, [key]: v }))),
    [{}],
  ) as Setting[];
}
/** A copy of dist/ (copied once to `root`) with the record pages' weight set to `weight`, indexed again as the build indexes it. */
async function siteWithRecordWeight(root: string, weight: number): Promise<string> {
  const site = join(root, `records-${weight}`);
  cpSync(join(root, 'dist'), site, { recursive: true });
  const mark = `data-pagefind-weight="${RECORD_WEIGHT}"`;
  let changed = 0;
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes(mark)) continue;
    writeFileSync(join(site, file), html.replace(mark, `data-pagefind-weight="${weight}"`));
    changed++;
  }
  if (changed === 0) throw new Error(`No page of dist/ has ${mark}: the tool no longer matches the build.`);
  const bundle = join(site, SEARCH_FOLDER);
  const spelling = readFileSync(join(bundle, SPELLING_FILE));
  rmSync(bundle, { recursive: true, force: true });
  await writeSearchIndex(site);
  writeFileSync(join(bundle, SPELLING_FILE), spelling);
  return site;
}

interface Score {
  label: string;
  passes: number;
  firsts: number;
  mrr: number;
  misses: string[];
}

async function score(site: string, label: string, ranking: Record<string, unknown>): Promise<Score> {
  const search = await startSearch({ dir: site, ranking });
  try {
    let passes = 0;
    let firsts = 0;
    let mrr = 0;
    const misses: string[] = [];
    for (const c of CASES) {
      const rank = (await search.locations(c.query)).indexOf(c.expect);
      if (rank >= 0 && rank < c.within) passes++;
      else misses.push(`"${c.query}" → ${c.expect} (${rank < 0 ? 'not found' : `at ${rank + 1}`}, within ${c.within})`);
      if (rank === 0) firsts++;
      if (rank >= 0) mrr += 1 / (rank + 1);
    }
    return { label, passes, firsts, mrr: mrr / CASES.length, misses };
  } finally {
    await search.close();
  }
}

const SOURCE = process.env['DIST'] ?? DIST;
requireBuilt(SOURCE);
const root = mkdtempSync(join(tmpdir(), 'isk-tune-'));
cpSync(SOURCE, join(root, 'dist'), { recursive: true });
const scores: Score[] = [];
const site: Setting & { weight: number } = {
  weight: RECORD_WEIGHT,
  pageLength: SEARCH_RANKING.pageLength,
  termSaturation: SEARCH_RANKING.termSaturation,
  termFrequency: SEARCH_RANKING.termFrequency,
  title: SEARCH_RANKING.metaWeights.title,
};
try {
  for (const weight of RECORD_WEIGHTS) {
    const dir = await siteWithRecordWeight(root, weight);
    for (const s of settings()) {
      const own = weight === site.weight && (Object.keys(GRID) as (keyof Setting)[]).every((k) => s[k] === site[k]);
      const label = `records ${weight}, ${Object.entries(s)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}${own ? ' (the site)' : ''}`;
      const { title, ...ranking } = s;
      scores.push(await score(dir, label, { ...ranking, termSimilarity: SEARCH_RANKING.termSimilarity, metaWeights: { title } }));
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

scores.sort((a, b) => b.passes - a.passes || b.mrr - a.mrr || b.firsts - a.firsts);
console.log(
  `Ranking on bench/search-tuning.json: ${CASES.length} cases, ${scores.length} settings; best first (then the site's own, if lower).`,
);
console.log('| Settings | Pass | First | MRR |');
console.log('| --- | --- | --- | --- |');
const mine = scores.find((s) => s.label.endsWith('(the site)'));
// SHOW=regex adds the settings whose label matches, to compare them with the best.
const show = process.env['SHOW'] ? new RegExp(process.env['SHOW']) : undefined;
const rows = scores.filter((s, i) => i < 12 || s === mine || show?.test(s.label));
for (const s of rows) {
  console.log(`| ${s.label} | ${s.passes}/${CASES.length} | ${s.firsts} | ${s.mrr.toFixed(3)} |`);
}
if (mine) console.log(`\nThe site's settings miss:\n${mine.misses.map((m) => `  ${m}`).join('\n') || '  nothing'}`);
