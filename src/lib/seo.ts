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
import type { SourceData } from '../schemas/source.ts';
import { absoluteUrlOf } from './base-path.ts';

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
  /** The site's base path (`import.meta.env.BASE_URL`); default "/". */
  base?: string;
  /** The publication: `source.data` of content/sources.yaml. */
  source: Pick<SourceData, 'title' | 'series' | 'number' | 'date' | 'authors'>;
  /** What it is about. */
  subject: Subject;
  /** The entry the page shows; omit for the whole profile on /profile/. */
  entry?: EntryMeta;
}

/** An absolute URL on the site's address. */
function absoluteUrl(input: ReportInput, path: string): string {
  return absoluteUrlOf(input.site, input.base ?? '/', path);
}

/** The Report node for the whole note (also used as an entry's `isPartOf`). */
function report(input: ReportInput, full: boolean): StructuredData {
  const { source, subject } = input;
  const url = absoluteUrl(input, PROFILE_PATH);
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
            ...(subject.path ? { url: absoluteUrl(input, subject.path) } : {}),
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
  const { entry } = input;
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
    url: absoluteUrl(input, entry.path),
  };
}
