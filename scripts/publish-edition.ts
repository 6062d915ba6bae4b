/**
 * `npm run edition:publish -- --note "What changed, in a sentence" [--date YYYY-MM-DD]`: records
 * what readers now read in every section that changed since the latest edition, as a new edition
 * in content/editions/<date>.json (the date defaults to today, UTC). Refuses, with a sentence, when
 * nothing a reader reads has changed, when the content has problems, or when the date is not after
 * the latest edition's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentProblems } from '../src/check/check-content.ts';
import { formatProblem } from '../src/model/problems.ts';
import { contentRoot, loadContent } from '../src/model/index.ts';
import { canonicalJson } from '../src/lib/editions/index.ts';
import { nextEdition } from '../src/model/editions.ts';

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { note: { type: 'string' }, date: { type: 'string' } } });
const note = values.note?.trim();
if (!note) refuse('Say what changed, in a sentence: npm run edition:publish -- --note "What changed".');
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
  refuse(`--date ${date} is not a day written YYYY-MM-DD.`);

const loaded = loadContent();
const all = contentProblems(loaded);
if (all.length > 0)
  refuse(
    `The content has ${all.length} problem(s); fix them before publishing an edition:\n${all.map((p) => `- ${formatProblem(p)}`).join('\n')}`,
  );

const next = nextEdition(loaded.model, date, note);
if ('refusal' in next) refuse(next.refusal);
const dir = join(contentRoot(), 'editions');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${date}.json`), `${canonicalJson(next.edition, 2)}\n`);

const counts = new Map<string, number>();
for (const c of next.changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
console.log(`Published the edition of ${date} (sections: ${summary}) in content/editions/${date}.json.`);
console.log(`Build the site to see it at /editions/${date}/, then commit the file. It must never be edited.`);
