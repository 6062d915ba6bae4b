/**
 * Finds the names of records in text. One matcher serves both the plugin that links mentions
 * in the pages and the index of where each record is mentioned, so the two always agree.
 * Names match whole words, case as written; where two names overlap ("IS" in "IS-K"), the longer
 * one wins.
 */

/** The collections whose records are named in the text, and their URL folders. */
export const NAMED_COLLECTIONS = ['people', 'organizations', 'places', 'glossary'] as const;
export type NamedCollection = (typeof NAMED_COLLECTIONS)[number];

/** A record and the strings that name it in the note (its name and its "note" aliases). */
export interface Nameable {
  collection: NamedCollection;
  id: string;
  names: readonly string[];
}

export interface Mention {
  collection: NamedCollection;
  id: string;
  /** Where the name starts and ends in the text. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a function that lists every mention in a text, left to right, without overlaps. */
export function buildMatcher(records: readonly Nameable[]): (text: string) => Mention[] {
  const owner = new Map<string, Nameable>();
  for (const record of records) {
    for (const name of record.names) {
      const other = owner.get(name);
      if (other && (other.collection !== record.collection || other.id !== record.id)) {
        throw new Error(
          `The name "${name}" belongs to both ${other.collection}/${other.id} and ${record.collection}/${record.id}; a name must name one thing.`,
        );
      }
      owner.set(name, record);
    }
  }
  if (owner.size === 0) return () => [];
  const names = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // Letters and digits on either side mean the name is part of a longer word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((m) => {
      const record = owner.get(m[0])!;
      return { collection: record.collection, id: record.id, start: m.index, end: m.index + m[0].length };
    });
}

/** Where a record is mentioned: a section of an entry. */
export interface MentionPlace {
  section: string;
  entry: string;
  anchor: string;
}

/**
 * Every section each record is mentioned in, from entries' MDX bodies: headings (`## … [#id]`)
 * start sections; the editors' notes, headings and JSX tags are not the note's text and are skipped.
 */
export function indexMentions(
  entries: readonly { section: string; id: string; body: string }[],
  match: (text: string) => Mention[],
): Map<string, MentionPlace[]> {
  const index = new Map<string, MentionPlace[]>();
  for (const entry of entries) {
    let anchor = '';
    let inNote = false;
    for (const line of entry.body.split('\n')) {
      const heading = /^#{2,6}\s.*\[#([a-z0-9-]+)\]\s*$/.exec(line);
      if (heading) {
        anchor = heading[1]!;
        continue;
      }
      if (/^<EditorNote\b/.test(line)) inNote = true;
      if (inNote) {
        if (/<\/EditorNote>/.test(line)) inNote = false;
        continue;
      }
      const text = line.replace(/<[^>]+>/g, ' ');
      for (const m of match(text)) {
        const key = `${m.collection}/${m.id}`;
        const list = index.get(key) ?? [];
        if (!list.some((p) => p.section === entry.section && p.entry === entry.id && p.anchor === anchor)) {
          list.push({ section: entry.section, entry: entry.id, anchor });
        }
        index.set(key, list);
      }
    }
  }
  return index;
}
