/**
 * The content model: the content folder read once (YAML once, each MDX entry parsed once) into
 * typed data whose types come from the zod schemas. The content check, Astro's collections, the
 * Markdown plugins, the mention index and the section titles all read this one model.
 * Pure: given the files' text; src/model/index.ts reads them from disk.
 */
import { byOrder } from '../lib/reading-order.ts';
import { buildMatcher, indexMentions, type Mention, type Nameable } from '../lib/mentions.ts';
import type { MentionPlace, SectionTitle } from '../schemas/derived.ts';
import { paragraphs, parseSourceText, type SourceText } from '../lib/source-text.ts';
import { isSectionId } from '../schemas/section.ts';
import type { ContentFile } from './files.ts';
import type { Problem } from './problems.ts';
import { readDataFiles, type Records, type Settings, type DataFiles } from './records.ts';
import { type ModelEntry, readEntry } from './entries.ts';
import { currentState, readEditions } from './editions.ts';
import type { Edition } from '../schemas/edition.ts';
import type { ProfileState } from '../lib/editions/index.ts';

/** A source's verbatim text (content/source/*.txt): its file name and what it holds. */
export interface ModelSourceText {
  file: ContentFile;
  /** The file name, as sources.yaml's `textFile` names it. */
  id: string;
  text: string;
  /** Its numbered paragraphs, if its lines could be read. */
  parsed: SourceText | undefined;
}

export interface ContentModel extends Settings {
  files: readonly ContentFile[];
  records: Records;
  /** Raw YAML items by file, as Astro's loaders take them. */
  raw: DataFiles['raw'];
  unreadable: ReadonlySet<string>;
  sourceTexts: ModelSourceText[];
  /** Every .mdx file under content/, entries of the four sections first, in reading order. */
  entries: ModelEntry[];
  /** Every section heading with an id, by anchor, in reading order. */
  sectionTitles: Map<string, SectionTitle>;
  /** The names the text is linked by: each record with its name and its "note" aliases. */
  nameables: Nameable[];
  /** Finds mentions of records in a text; none if two records share a name (a problem says so). */
  match: (text: string) => Mention[];
  /**
   * Record key (`people/sanaullah-ghafari`) → the sections that mention it, in reading order. The
   * keys are in the order the profile first names each record.
   */
  mentions: Map<string, MentionPlace[]>;
  /** The published editions (content/editions/), in date order. */
  editions: Edition[];
  /** What a reader reads now in every section, as an edition records it (computed on first use). */
  readonly current: ProfileState;
}

/** The names of the named records: a record's name (a term's term) and its aliases the note uses. */
function nameablesOf(records: Records): Nameable[] {
  return [
    ...records.people.map((r) => ({ collection: 'people' as const, id: r.id, name: r.name, aliases: r.aliases })),
    ...records.organizations.map((r) => ({ collection: 'organizations' as const, id: r.id, name: r.name, aliases: r.aliases })),
    ...records.places.map((r) => ({ collection: 'places' as const, id: r.id, name: r.name, aliases: r.aliases })),
    ...records.glossary.map((r) => ({ collection: 'glossary' as const, id: r.id, name: r.term, aliases: r.aliases })),
  ].map((r) => ({
    collection: r.collection,
    id: r.id,
    names: [r.name, ...r.aliases.filter((a) => a.source === 'note').map((a) => a.text)],
  }));
}

/** Reads the source texts named by the files of content/source/. */
function readSourceTexts(files: readonly ContentFile[], problems: Problem[]): ModelSourceText[] {
  return files
    .filter((f) => /^content\/source\/[^/]+\.txt$/.test(f.path))
    .map((file) => {
      let parsed: SourceText | undefined;
      try {
        parsed = parseSourceText(file.text);
      } catch (error) {
        problems.push({ file: file.path, where: 'line 1', message: (error as Error).message });
      }
      return { file, id: file.path.split('/').pop()!, text: file.text, parsed };
    });
}

/** Entries in reading order: sections by their order, then entries by theirs (then id); the rest after. */
function readingOrder(entries: readonly ModelEntry[], sections: Settings['sections']): ModelEntry[] {
  const rank = new Map<string, number>(byOrder(sections.map((s) => ({ id: s.id, data: s }))).map((s, i) => [s.id, i]));
  const last = Number.MAX_SAFE_INTEGER;
  return [...entries].sort(
    (a, b) =>
      (rank.get(a.section) ?? last) - (rank.get(b.section) ?? last) ||
      (a.data?.order ?? last) - (b.data?.order ?? last) ||
      a.id.localeCompare(b.id),
  );
}

/** Builds the model from the content files; what cannot be read goes to `problems`. */
export function buildModel(files: readonly ContentFile[]): { model: ContentModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = readDataFiles(files, problems);
  const sourceTexts = readSourceTexts(files, problems);
  const entries = readingOrder(
    files.filter((f) => /^content\/[^/]+\/.+\.mdx$/.test(f.path)).map((f) => readEntry(f, problems)),
    data.settings.sections,
  );

  const sectionTitles = new Map<string, SectionTitle>();
  for (const e of entries.filter((e) => isSectionId(e.section))) {
    for (const h of e.headings) {
      if (!h.id || h.depth < 2) continue;
      const anchor = `${e.page}#${h.id}`;
      sectionTitles.set(anchor, {
        anchor,
        section: e.section,
        entry: e.id,
        id: h.id,
        depth: h.depth,
        heading: h.text,
        entryTitle: e.data?.title ?? e.id,
      });
    }
  }

  const nameables = nameablesOf(data.records);
  let match: ContentModel['match'] = () => [];
  try {
    match = buildMatcher(nameables);
  } catch (error) {
    problems.push({ file: 'content/', message: (error as Error).message });
  }
  const mentions = indexMentions(
    entries.filter((e) => isSectionId(e.section) && e.tree).map((e) => ({ section: e.section, id: e.id, tree: e.tree! })),
    match,
  );

  const editions = readEditions(files, problems);
  let current: ProfileState | undefined;
  const model: ContentModel = {
    ...data.settings,
    files,
    records: data.records,
    raw: data.raw,
    unreadable: data.unreadable,
    sourceTexts,
    entries,
    sectionTitles,
    nameables,
    match,
    mentions,
    editions,
    get current() {
      return (current ??= currentState(entries, data.records));
    },
  };
  return { model, problems };
}

/** The note's paragraphs: those of the first source's text (what /source/ shows). */
export function noteParagraphs(model: ContentModel) {
  const first = model.sources[0];
  const text = model.sourceTexts.find((t) => t.id === first?.textFile)?.parsed;
  return text ? paragraphs(text) : [];
}
