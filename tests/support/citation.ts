/** Inputs for the citation tests: the note, a page and a section of it, and names from records like content/'s. */
import { createRequire } from 'node:module';
import { properNounsOf, type CitationInput } from '../../src/lib/citation/index.ts';
import type { NamedCollection } from '../../src/lib/mentions.ts';
import type { Alias } from '../../src/schemas/shared.ts';

/** Records shaped like those of content/people.yaml, organizations.yaml, places.yaml and glossary.yaml (a term as `name`). */
export const RECORDS: { collection: NamedCollection; name: string; aliases: Alias[] }[] = [
  { collection: 'people', name: 'Sanaullah Ghafari', aliases: [] },
  { collection: 'people', name: 'Qassem Soleimani', aliases: [] },
  {
    collection: 'organizations',
    name: 'Islamic State Khorasan (IS-K)',
    aliases: [
      { text: 'IS-K', source: 'note' },
      { text: 'Islamic State Khorasan', source: 'note' },
    ],
  },
  {
    collection: 'organizations',
    name: 'Islamic State (IS)',
    aliases: [
      { text: 'Islamic State of Iraq and Syria', source: 'note' },
      { text: 'ISIS', source: 'note' },
    ],
  },
  {
    collection: 'organizations',
    name: 'Tehrik-e Taliban Pakistan (TTP)',
    aliases: [
      { text: 'Tehrik-e Taliban Pakistan', source: 'note' },
      { text: 'TTP', source: 'note' },
    ],
  },
  { collection: 'organizations', name: 'Taliban', aliases: [{ text: 'Taliban', source: 'note' }] },
  { collection: 'organizations', name: 'Lashkar-e Islam', aliases: [{ text: 'Lashkar-e-Islam', source: 'note' }] },
  { collection: 'organizations', name: 'Haqqani network', aliases: [] },
  { collection: 'organizations', name: 'United States', aliases: [{ text: 'US', source: 'note' }] },
  { collection: 'places', name: 'Afghanistan', aliases: [] },
  { collection: 'places', name: 'Pakistan', aliases: [] },
  { collection: 'places', name: 'Russia', aliases: [] },
  { collection: 'places', name: 'Russian embassy in Kabul', aliases: [] },
  { collection: 'places', name: 'Moscow', aliases: [] },
  { collection: 'places', name: 'Doha', aliases: [] },
  { collection: 'places', name: 'Khorasan', aliases: [] },
  { collection: 'glossary', name: 'Shura', aliases: [{ text: 'Shura', source: 'note' }] },
  {
    collection: 'glossary',
    name: 'caliphate',
    aliases: [
      { text: 'Caliphate', source: 'note' },
      { text: 'Islamic Caliphate', source: 'note' },
    ],
  },
  { collection: 'glossary', name: 'jihad', aliases: [{ text: 'jihad', source: 'note' }] },
];

/** The proper nouns of those records and of the note's series and author. */
export const PROPER_NOUNS = properNounsOf(RECORDS, ['GP Short Notes', 'Alka Bala']);

/** The permanent URLs of the page and of its section. */
export const PAGE_URL = 'https://isk-profile.example.org/leadership/leaders-killed/';
export const SECTION_URL = 'https://isk-profile.example.org/leadership/leaders-killed/#ghafari-killed';

/** The whole note, without a URL: what every citation shares. */
export const note = {
  authors: ['Alka Bala'],
  title: 'Islamic State Khorasan (IS-K): A profile',
  series: 'GP Short Notes',
  number: 851,
  date: '2024-03-28',
  siteName: 'IS-K Profile Explorer',
  properNouns: PROPER_NOUNS,
} satisfies Partial<CitationInput>;

/** The page "Leaders killed and the Taliban’s campaign against IS-K", cited. */
export const page: CitationInput = {
  ...note,
  pageTitle: 'Leaders killed and the Taliban’s campaign against IS-K',
  url: PAGE_URL,
};

/** One section of that page, cited. */
export const section: CitationInput = {
  ...page,
  sectionTitle: 'Sanaullah Ghafari killed by the Taliban’s forces',
  url: SECTION_URL,
};

/** CSL-JSON as citation-js reads it; only the fields the tests compare. */
export interface Csl {
  type: string;
  author: { given?: string; family: string }[];
  title: string;
  'collection-title'?: string;
  genre?: string;
  number: string;
  issued: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL: string;
  note?: string;
  source?: string;
}

/**
 * What a reference manager finds in BibTeX or RIS text, read by citation-js, an independent parser.
 * It ships no types, so it is loaded with `require` and described by the little used of it.
 */
export function readWithCitationJs(text: string): Csl[] {
  const require = createRequire(import.meta.url);
  const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: Csl[] } };
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  return new Cite(text).data;
}
