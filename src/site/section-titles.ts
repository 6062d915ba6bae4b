/** Titles of the profile's sections, to name an anchor in words: "Leaders killed in US strikes". */
import { getCollection } from 'astro:content';
import type { SectionTitle } from '../schemas/derived.ts';

export type { SectionTitle };

/** Every section heading of every entry, by its anchor (from the content model). */
export async function loadSectionTitles(): Promise<Map<string, SectionTitle>> {
  return new Map((await getCollection('sectionTitles')).map((t) => [t.id, t.data]));
}
