/**
 * The built site's pages by type, for the byte budgets (tests/site/budgets.test.ts) and the page
 * weights benchmark (bench/weights.ts). A reading page is one a reader reads the profile on, one
 * topic at a time: every entry page and every section landing; only those have a budget.
 */
import { SECTION_IDS } from '../src/schemas/section.ts';

export interface PageType {
  type: string;
  /** Its pages, by site path. */
  pages: string[];
  /** Whether it is a reading page, held to the reading budget. */
  reading: boolean;
}

const RECORD = /^\/(people|organizations|places|glossary)\/[^/]+\/$/;

/** Every page type with its pages among `pages` (the build's pages without its forwarding pages). */
export function pageTypes(pages: readonly string[]): PageType[] {
  const entry = new RegExp(`^/(${SECTION_IDS.join('|')})/[^/]+/$`);
  return [
    { type: 'home', pages: ['/'], reading: false },
    { type: 'section landing', pages: SECTION_IDS.map((s) => `/${s}/`), reading: true },
    { type: 'entry page', pages: pages.filter((p) => entry.test(p)), reading: true },
    { type: 'profile', pages: ['/profile/'], reading: false },
    { type: 'source', pages: ['/source/'], reading: false },
    { type: 'record page', pages: pages.filter((p) => RECORD.test(p)), reading: false },
    { type: 'record list', pages: ['/people/', '/organizations/', '/glossary/', '/leaders/'], reading: false },
    { type: 'timeline', pages: ['/timeline/'], reading: false },
    { type: 'figures', pages: ['/figures/'], reading: false },
    { type: 'places', pages: ['/places/'], reading: false },
    { type: 'index (A–Z)', pages: ['/index/'], reading: false },
    { type: 'search', pages: ['/search/'], reading: false },
    { type: '404', pages: ['/404.html'], reading: false },
  ];
}
