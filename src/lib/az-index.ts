/** The book-style A–Z index: every name and term, under its first letter, with its sections. Pure. */

export interface IndexEntry {
  /** The heading word(s) shown in the index. */
  label: string;
  /** The record's page. */
  href: string;
  /** "person", "place"... */
  kind: string;
  /** A "see" reference for an alias: the label of the entry it points to. */
  see?: string;
  /** Sections that mention it. */
  sections: { href: string; title: string }[];
}

/** Groups entries by first letter (A–Z, then "#" for others), sorted within each letter. */
export function groupByLetter(entries: readonly IndexEntry[]): [string, IndexEntry[]][] {
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const first = e.label.normalize('NFD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups]
    .map(
      ([letter, list]) =>
        [letter, list.sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }))] as [string, IndexEntry[]],
    )
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}
