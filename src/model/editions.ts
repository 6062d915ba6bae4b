/**
 * The editions of content/editions/ as the model reads them, each checked against its schema and
 * its digests (a published edition may not change), and the profile's current state as an edition
 * would record it (src/lib/editions/).
 */
import { EDITOR_NOTE_KINDS, isEditorNoteKind } from '../lib/editor-notes.ts';
import { akaText } from '../lib/also-known-as.ts';
import {
  changesBetween,
  editionDigest,
  isEmpty,
  replay,
  sectionChanges,
  snapshotOf,
  type ProfileState,
  type SectionChange,
} from '../lib/editions/index.ts';
import { type Edition, editionSchema } from '../schemas/edition.ts';
import { isSectionId } from '../schemas/section.ts';
import type { ContentFile } from './files.ts';
import { type Problem, zodProblems } from './problems.ts';
import type { Records } from './records.ts';
import type { ModelEntry } from './entries.ts';

/** The editions in date order; problems for any that cannot be read or that changed since it was published. */
export function readEditions(files: readonly ContentFile[], problems: Problem[]): Edition[] {
  const editions: Edition[] = [];
  for (const file of files.filter((f) => /^content\/editions\/[^/]+\.json$/.test(f.path))) {
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      problems.push({
        file: file.path,
        message: `is not valid JSON (${(error as Error).message}); editions are written by npm run edition:publish.`,
      });
      continue;
    }
    const result = editionSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(file.path, result.error));
      continue;
    }
    const edition = result.data;
    if (file.path !== `content/editions/${edition.date}.json`) {
      problems.push({
        file: file.path,
        where: 'field "date"',
        message: `is ${edition.date}, but an edition's file is named by its date (${edition.date}.json).`,
      });
    }
    if (editionDigest(edition) !== edition.digest) {
      problems.push({
        file: file.path,
        message:
          'has changed since it was published. A published edition never changes: restore it (git checkout) and publish a new edition instead.',
      });
    }
    editions.push(edition);
  }
  editions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  editions.forEach((edition, i) => {
    const expected = i === 0 ? null : editions[i - 1]!.digest;
    if (edition.previous !== expected) {
      problems.push({
        file: `content/editions/${edition.date}.json`,
        where: 'field "previous"',
        message:
          i === 0
            ? 'names a previous edition, but no earlier edition is in content/editions/; editions are never removed.'
            : `does not match the edition of ${editions[i - 1]!.date}; editions are never removed or rewritten.`,
      });
    }
  });
  return editions;
}

/** What a reader reads now, in every section of every entry, as an edition records it. */
export function currentState(entries: readonly ModelEntry[], records: Records): ProfileState {
  const parties = new Map([...records.people, ...records.organizations].map((r) => [r.id, r.name]));
  const introduced = [...records.people, ...records.organizations, ...records.places].filter((r) =>
    r.aliases.some((a) => a.source === 'editorial'),
  );
  return snapshotOf(
    entries
      .filter((e) => isSectionId(e.section) && e.tree && e.data)
      .map((e) => ({ page: e.page, title: e.data!.title, summary: e.data!.summary, tree: e.tree! })),
    {
      claim: (by, via) => `Claim by ${parties.get(by) ?? by}${via ? `, through ${parties.get(via) ?? via}` : ''}:`,
      note: (kind) => (isEditorNoteKind(kind) ? EDITOR_NOTE_KINDS[kind] : kind),
      aka: (page, id) => {
        const here = introduced.filter((r) => r.introducedAt === `${page}#${id}`);
        return here.length > 0 ? akaText(here) : undefined;
      },
    },
  );
}

/**
 * The next edition of the model's content, dated `date` with the editors' `note`, or why there can
 * be none: nothing a reader reads has changed, or the date is not after the latest edition's.
 */
export function nextEdition(
  model: { editions: readonly Edition[]; current: ProfileState },
  date: string,
  note: string,
): { edition: Edition; changes: SectionChange[] } | { refusal: string } {
  const latest = replay(model.editions).at(-1);
  if (latest && latest.edition.date >= date) {
    return { refusal: `The latest edition is of ${latest.edition.date}; a new edition needs a later date than that (--date YYYY-MM-DD).` };
  }
  const before = latest?.state ?? { entries: new Map(), sections: new Map() };
  const changes = changesBetween(before, model.current);
  if (isEmpty(changes))
    return { refusal: `Nothing a reader reads has changed since the edition of ${latest?.edition.date}; no edition was published.` };
  const draft = { date, note, previous: latest?.edition.digest ?? null, ...changes };
  return { edition: { ...draft, digest: editionDigest(draft) }, changes: sectionChanges(before, changes) };
}
