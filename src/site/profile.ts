/** Loads the profile from the content layer: sections with their entries, in reading order. */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { SECTION_IDS, type SectionId } from '../schemas/section.ts';
import { byOrder } from '../lib/reading-order.ts';

export type Entry = CollectionEntry<SectionId>;

export interface ProfileEntry {
  section: SectionId;
  id: string;
  entry: Entry;
}

export interface ProfileSection {
  id: SectionId;
  data: CollectionEntry<'sections'>['data'];
  entries: ProfileEntry[];
}

/** Every section with its entries, both in reading order. */
export async function loadProfile(): Promise<ProfileSection[]> {
  const sections = byOrder(await getCollection('sections'));
  return Promise.all(
    sections.map(async (section) => {
      const id = section.data.id;
      const entries = byOrder((await getCollection(id)) as Entry[]);
      return {
        id,
        data: section.data,
        entries: entries.map((entry) => ({ section: id, id: entry.id, entry })),
      };
    }),
  );
}

/** Every entry in reading order across sections. */
export async function loadReadingOrder(): Promise<ProfileEntry[]> {
  return (await loadProfile()).flatMap((s) => s.entries);
}

/** The site record of content/site.yaml. */
export async function loadSite() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('content/site.yaml: the record with id "site" is missing.');
  return site.data;
}

/** The one source record the profile is built from, and all sources by id. */
export async function loadSources() {
  return getCollection('sources');
}

export { SECTION_IDS };
