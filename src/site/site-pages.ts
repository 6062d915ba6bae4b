/**
 * Every page of the site with its title, read from the content at build time: for the 404 page's
 * suggestions. tests/site/not-found.test.ts checks that this list and the built pages agree, so a
 * new page that is not added here fails a test that names it.
 */
import { loadProfile } from './profile.ts';
import { loadNamed, nameOf } from './records.ts';
import { FIXED_PAGES } from '../lib/fixed-pages.ts';
import { editionLabel, loadEditions } from './editions.ts';

export interface SitePage {
  /** Site path without the base: `/people/sanaullah-ghafari/`. */
  path: string;
  title: string;
  /** Other names the page's subject goes by (a record's aliases). */
  otherNames?: string[];
}

/** The pages that are not made from content (src/lib/fixed-pages.ts, which the content check reads too). */
export { FIXED_PAGES };

/**
 * Every page: the fixed pages, then sections and entries in reading order, then the records, then
 * the editions. The entries pinned in editions are left out: they are kept unchanged, and the
 * 404 page suggests the current pages.
 */
export async function loadSitePages(): Promise<SitePage[]> {
  const profile = await loadProfile();
  const named = await loadNamed();
  return [
    ...FIXED_PAGES,
    ...profile.flatMap((section) => [
      { path: `/${section.id}/`, title: section.data.title },
      ...section.entries.map((e) => ({ path: `/${e.section}/${e.id}/`, title: e.entry.data.title })),
    ]),
    ...named.map((record) => ({
      path: `/${record.collection}/${record.id}/`,
      title: nameOf(record),
      otherNames: record.data.aliases.map((a) => a.text),
    })),
    ...loadEditions().history.map((h) => ({ path: `/editions/${h.edition.date}/`, title: editionLabel(h.edition.date) })),
  ];
}
