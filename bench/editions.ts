/**
 * `npm run bench:editions`: what editions cost as they accumulate.
 * - Repository growth: the bytes one edition adds for a reworded editors' note, and for an entry
 *   re-split in two (a section moved to a new entry).
 * - Build time with 1, 10 and 50 editions (EDITIONS=1,10,50): synthetic editions, each rewording
 *   one editors' note, published on a copy of the content; each profile built clean RUNS times
 *   (default 3), in turn, median reported, with its page count.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { canonicalJson } from '../src/lib/editions/index.ts';
import { nextEdition } from '../src/model/editions.ts';
import { loadContent } from '../src/model/index.ts';
import { copyContent } from '../tools/content-copy.ts';
import { cleanBuild } from './lib/build.ts';
import { median, seconds } from './lib/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 3);
const COUNTS = (process.env['EDITIONS'] ?? '1,10,50').split(',').map(Number);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Publishes the content's changes as an edition of `date`; returns the file's size in bytes. */
function publish(content: string, date: string, note: string): number {
  const next = nextEdition(loadContent(content, { fresh: true }).model, date, note);
  if ('refusal' in next) throw new Error(next.refusal);
  const file = join(content, 'editions', `${date}.json`);
  writeFileSync(file, `${canonicalJson(next.edition, 2)}\n`);
  return statSync(file).size;
}

/** The day `n` days after the latest edition of a content folder. */
function dayAfter(content: string, n: number): string {
  const latest = readdirSync(join(content, 'editions'))
    .sort()
    .at(-1)!
    .replace(/\.json$/, '');
  return new Date(Date.parse(`${latest}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const NOTE = /(<EditorNote kind="[^"]+">\n)([^<]+?)(\n<\/EditorNote>)/;
const entries = (content: string) =>
  readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();

/** Rewords the editors' note of the `k`-th entry that has one. */
function rewordNote(content: string, k: number): void {
  const withNotes = entries(content).filter((f) => NOTE.test(readFileSync(join(content, f), 'utf8')));
  const file = join(content, withNotes[k % withNotes.length]!);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(NOTE, (_m, open: string, text: string, close: string) => `${open}${text} (Revised, ${k}.)${close}`),
  );
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

console.log(`Editions benchmark; load average before: ${load()}`);

// Growth: one reworded note.
{
  const content = copyContent();
  rewordNote(content, 0);
  const date = dayAfter(content, 1);
  const bytes = publish(content, date, 'Reworded one editors’ note.');
  console.log(`One reworded editors' note: the edition is ${bytes} bytes (${gz(join(content, 'editions', `${date}.json`))} gzip).`);
  rmSync(dirname(content), { recursive: true, force: true });
}

// Growth: an entry re-split in two (its last section moved to a new entry).
{
  const content = copyContent();
  const path = join(content, 'leadership/leaders-killed.mdx');
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf('## The Taliban’s figures');
  writeFileSync(path, text.slice(0, at));
  const front =
    '---\ntitle: The Taliban’s campaign against IS-K\nsummary: What the Taliban’s spokesperson says Taliban forces have done against IS-K since August 2021.\norder: 4\nsource:\n  id: gp-851\n  paragraphs: [5]\n---\n\n';
  writeFileSync(join(content, 'leadership/taliban-campaign.mdx'), front + text.slice(at));
  const date = dayAfter(content, 1);
  const bytes = publish(content, date, 'Split the leaders entry in two.');
  console.log(`An entry re-split in two: the edition is ${bytes} bytes (${gz(join(content, 'editions', `${date}.json`))} gzip).`);
  rmSync(dirname(content), { recursive: true, force: true });
}

// Build time against the number of editions.
const profiles = COUNTS.map((count) => {
  const content = copyContent();
  const existing = readdirSync(join(content, 'editions')).length;
  for (let k = existing; k < count; k++) {
    rewordNote(content, k);
    publish(content, dayAfter(content, 1), `Synthetic edition ${k + 1}.`);
  }
  const bytes = readdirSync(join(content, 'editions')).reduce((n, f) => n + statSync(join(content, 'editions', f)).size, 0);
  return { count, content, bytes, ms: [] as number[], pages: 0 };
});
await (await cleanBuild({ CONTENT_DIR: profiles[0]!.content })).dispose(); // warm-up, not counted
for (let run = 0; run < RUNS; run++) {
  for (const p of profiles) {
    const build = await cleanBuild({ CONTENT_DIR: p.content });
    p.ms.push(build.ms);
    p.pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    build.dispose();
  }
}
console.log(`Clean builds, median of ${RUNS} (in turn); load average after: ${load()}`);
for (const p of profiles) {
  console.log(
    `  ${p.count} edition(s): ${seconds(median(p.ms))} (${p.ms.map((m) => seconds(m)).join(', ')}), ${p.pages} HTML pages, content/editions/ ${(p.bytes / 1024).toFixed(1)} KB`,
  );
  rmSync(dirname(p.content), { recursive: true, force: true });
}
