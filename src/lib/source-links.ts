/** Which entries hold each paragraph of a source, from the entries' `source.paragraphs`. */

interface EntryLike {
  section: string;
  id: string;
  title: string;
  sourceId: string;
  paragraphs: readonly number[];
}

/** Paragraph number → the entries (in reading order) that hold all or part of it. */
export function entriesByParagraph<T extends EntryLike>(sourceId: string, entries: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const entry of entries) {
    if (entry.sourceId !== sourceId) continue;
    for (const n of entry.paragraphs) map.set(n, [...(map.get(n) ?? []), entry]);
  }
  return map;
}
