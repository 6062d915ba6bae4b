/**
 * Sharing and discovery metadata: canonical URLs, Open Graph and schema.org structured data.
 *
 * Structured data, one consistent shape:
 * - /profile/ (the whole note) is the `Report`: GP Short Notes #851, its author, date, series.
 * - An entry page is an `Article` (one part of the note) whose `isPartOf` is that same `Report`,
 *   named by the same `@id` (`{site}/profile/#report`), so both describe one publication.
 * - Both are `about` IS-K, as the organization record names it.
 * Record pages carry their own data (src/layouts/RecordLayout.astro).
 */
import { getEntry } from 'astro:content';
import type { SourceData } from '../schemas/source.ts';
import { absoluteUrl } from './absolute.ts';

/** Open Graph page types the site uses: `article` for an entry of the profile. */
export type OgType = 'website' | 'article';

/** A schema.org node, without `@context` (src/components/JsonLd.astro adds it). */
export type StructuredData = Record<string, unknown> & { '@type': string };

/** The language of the pages, as Open Graph spells it. */
export const OG_LOCALE = 'en_GB';

/** The page that holds the whole note: the `Report` lives here. */
export const PROFILE_PATH = '/profile/';

/** The organization the profile is about: its record id in content/organizations.yaml. */
export const SUBJECT_RECORD = 'is-k';

/** What the publication is about. */
export interface Subject {
  name: string;
  alternateName?: string[];
  /** The site path of its record page. */
  path?: string;
}

/** An entry of the profile, as its page shows it. */
export interface EntryMeta {
  /** The entry's title (the page's h1). */
  title: string;
  /** The entry's summary. */
  description: string;
  /** The entry's site path, without the base: `/leadership/founding/`. */
  path: string;
}

export interface ReportInput {
  /** `Astro.site`. */
  site: URL | undefined;
  /** The publication: `source.data` of content/sources.yaml. */
  source: Pick<SourceData, 'title' | 'series' | 'number' | 'date' | 'authors'>;
  /** What it is about. */
  subject: Subject;
  /** The entry the page shows; omit for the whole profile on /profile/. */
  entry?: EntryMeta;
}

/** The Report node for the whole note (also used as an entry's `isPartOf`). */
function report(input: ReportInput, full: boolean): StructuredData {
  const { site, source, subject } = input;
  const url = absoluteUrl(site, PROFILE_PATH);
  const people = source.authors.map((name) => ({ '@type': 'Person', name }));
  return {
    '@type': 'Report',
    '@id': `${url}#report`,
    name: source.title,
    ...(full ? { headline: source.title } : {}),
    reportNumber: String(source.number),
    author: people.length === 1 ? people[0] : people,
    datePublished: source.date,
    inLanguage: 'en',
    isPartOf: { '@type': 'CreativeWorkSeries', name: source.series },
    ...(full
      ? {
          about: {
            '@type': 'Organization',
            name: subject.name,
            ...(subject.alternateName?.length ? { alternateName: subject.alternateName } : {}),
            ...(subject.path ? { url: absoluteUrl(site, subject.path) } : {}),
          },
        }
      : {}),
    url,
  };
}

/**
 * Pure: the structured data of /profile/ (a `Report`) or of an entry page (an `Article` that is
 * part of the `Report`).
 */
export function buildReportStructuredData(input: ReportInput): StructuredData {
  const whole = report(input, true);
  const { entry, site } = input;
  if (!entry) return whole;
  return {
    '@type': 'Article',
    name: entry.title,
    headline: entry.title,
    description: entry.description,
    author: whole['author'],
    datePublished: whole['datePublished'],
    inLanguage: 'en',
    about: whole['about'],
    isPartOf: report(input, false),
    url: absoluteUrl(site, entry.path),
  };
}

/** IS-K as its organization record names it: the name and every other name. */
async function loadSubject(): Promise<Subject> {
  const record = await getEntry('organizations', SUBJECT_RECORD);
  if (!record) throw new Error(`content/organizations.yaml: the record "${SUBJECT_RECORD}" (the profile's subject) is missing.`);
  const alternateName = [...new Set(record.data.aliases.map((a) => a.text))].filter((n) => n !== record.data.name);
  return { name: record.data.name, alternateName, path: `/organizations/${record.id}/` };
}

/**
 * The structured data of an entry page or of /profile/, for BaseLayout's `structuredData` prop:
 *
 *   const structuredData = await reportStructuredData({
 *     site: Astro.site,
 *     source: source.data,
 *     entry: { title: entry.data.title, description: entry.data.summary, path: `/${current.section}/${current.id}/` },
 *   });
 */
export async function reportStructuredData(input: Omit<ReportInput, 'subject'>): Promise<StructuredData> {
  return buildReportStructuredData({ ...input, subject: await loadSubject() });
}
