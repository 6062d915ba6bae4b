/** The structured data of the profile's pages, with IS-K named as its organization record names it. */
import { getEntry } from 'astro:content';
import { buildReportStructuredData, type ReportInput, type StructuredData, SUBJECT_RECORD, type Subject } from '../lib/seo.ts';

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
export async function reportStructuredData(input: Omit<ReportInput, 'subject' | 'base'>): Promise<StructuredData> {
  return buildReportStructuredData({ ...input, base: import.meta.env.BASE_URL, subject: await loadSubject() });
}
