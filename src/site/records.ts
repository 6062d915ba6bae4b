/** The data collections as the pages use them, and where each record is mentioned. */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { NamedCollection } from '../lib/mentions.ts';
import type { MentionPlace } from '../schemas/derived.ts';
import { href } from './urls.ts';

export type Person = CollectionEntry<'people'>;
export type Organization = CollectionEntry<'organizations'>;
export type Place = CollectionEntry<'places'>;
export type Term = CollectionEntry<'glossary'>;
export type NamedEntry = Person | Organization | Place | Term;

/** The kind of page an entry of the profile is, as search's "Kind" filter names it (records' kinds are below). */
export const ENTRY_KIND = 'Profile entry';

/** Folder, singular and plural labels of each named collection. */
export const KINDS: Record<NamedCollection, { singular: string; plural: string }> = {
  people: { singular: 'Person', plural: 'People' },
  organizations: { singular: 'Organization', plural: 'Organizations' },
  places: { singular: 'Place', plural: 'Places' },
  glossary: { singular: 'Glossary term', plural: 'Glossary' },
};

/** The page of a record. */
export function recordHref(collection: string, id: string): string {
  return href(`/${collection}/${id}/`);
}

/** A record's display name (a glossary record's term). */
export function nameOf(entry: NamedEntry): string {
  return 'term' in entry.data ? entry.data.term : entry.data.name;
}

/** Every named record, sorted by name within its collection. */
export async function loadNamed(): Promise<NamedEntry[]> {
  const lists = await Promise.all([
    getCollection('people'),
    getCollection('organizations'),
    getCollection('places'),
    getCollection('glossary'),
  ]);
  return lists.flatMap((list) => [...list].sort((a, b) => nameOf(a).localeCompare(nameOf(b))));
}

/** Record key (`people/sanaullah-ghafari`) → the sections that mention it, in reading order (from the content model). */
export async function loadMentions(): Promise<Map<string, MentionPlace[]>> {
  return new Map((await getCollection('mentions')).map((m) => [m.id, m.data.places]));
}
