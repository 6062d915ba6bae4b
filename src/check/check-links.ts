/**
 * Checks the links the entries make (`[Attacks abroad](/operations/attacks/#attacks-abroad)`):
 * each internal link must name a page the build makes and, on an entry's page or /source/, a
 * place on it. Pure: given the content model and what the entries' check found.
 *
 * Known at check time, so checked here: the fixed pages (src/lib/fixed-pages.ts), the section
 * landings, the entries' pages and their anchors (heading ids, former anchors, and the note's
 * paragraph anchors p5 or p5-s3 for the paragraphs the entry holds), /source/#p1 to the last
 * paragraph, the record pages (/people/<id>/ ...) from the data ids, and the /data/ files.
 * Other anchors (on /timeline/, /figures/, record pages) come from the page templates; the built
 * site's link test (tests/site/links.test.ts) checks those.
 */
import { SECTION_IDS } from '../schemas/section.ts';
import { FIXED_PAGES } from '../lib/fixed-pages.ts';
import { NAMED_COLLECTIONS } from '../lib/mentions.ts';
import { replay } from '../lib/editions/index.ts';
import type { ContentModel } from '../model/model.ts';
import type { Problem } from '../model/problems.ts';
import type { EntryLink } from './check-tree.ts';

/** The files src/pages/data/ makes. */
export const DATA_FILES = ['/data/profile.json', '/data/events.csv', '/data/figures.csv', '/editions.xml'] as const;

/** What the entries' check knows of one entry. */
export interface EntryPage {
  /** content/leadership/founding.mdx */
  path: string;
  /** Its page: /leadership/founding/. */
  page: string;
  /** Its headings' ids. */
  ids: readonly string[];
  links: readonly EntryLink[];
  /** False when it is not valid MDX: its anchors are then unknown. */
  parsed: boolean;
  /** The note's paragraphs it holds (none if its frontmatter is broken). */
  paragraphs: readonly number[];
  /** Old ids its sections answer to, and the heading ids they now point at (formerAnchors). */
  formerAnchors: Readonly<Record<string, string>>;
}

/** Where a site address points to: the page path and the anchor. */
const ORIGIN = 'https://site.invalid';

/**
 * @param model the content model (record ids, moved pages)
 * @param entries every entry in a section folder, with the links it makes
 * @param sourceParagraphs how many paragraphs the note on /source/ has
 */
export function checkLinks(model: ContentModel, entries: readonly EntryPage[], sourceParagraphs: number): Problem[] {
  // Every page, with the anchors it is known to have (undefined: not known before the build).
  const anchors = new Map<string, Set<string> | undefined>();
  for (const page of [...FIXED_PAGES.map((p) => p.path), ...SECTION_IDS.map((s) => `/${s}/`), ...DATA_FILES]) anchors.set(page, undefined);
  // Each edition's page, and each entry it pinned (its anchors are those the entry had then).
  for (const { edition, state } of replay(model.editions)) {
    anchors.set(`/editions/${edition.date}/`, undefined);
    for (const page of Object.keys(edition.entries).filter((p) => state.entries.has(p))) {
      anchors.set(`/editions/${edition.date}${page}`, new Set(state.entries.get(page)!.sections));
    }
  }
  for (const collection of NAMED_COLLECTIONS) {
    for (const record of model.raw[collection] ?? []) {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string') anchors.set(`/${collection}/${id}/`, undefined);
    }
  }
  anchors.set('/source/', new Set(Array.from({ length: sourceParagraphs }, (_, i) => `p${i + 1}`)));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.parsed) {
      anchors.set(entry.page, undefined);
      continue;
    }
    const own = entry.ids;
    anchors.set(entry.page, new Set([...own, ...Object.keys(entry.formerAnchors)]));
    // The build places each former anchor before its heading (src/plugins/rehype-former-anchors.ts).
    for (const [old, current] of Object.entries(entry.formerAnchors)) {
      if (!own.includes(current)) {
        problems.push({
          file: entry.path,
          where: `field "formerAnchors.${old}"`,
          message: `points at "${current}", which is not a heading id of this entry; its heading ids are ${own.join(', ') || 'none'}.`,
        });
      }
    }
  }
  const paragraphsOf = new Map(entries.map((e) => [e.page, e.paragraphs]));
  const moved = new Map(model.redirects.map((r) => [r.from, r.to]));

  for (const entry of entries) {
    for (const { url, line } of entry.links) {
      const report = (message: string) => problems.push({ file: entry.path, where: `line ${line}`, message });
      if (/^\s*(javascript|vbscript|data):/i.test(url)) {
        report(`links to a ${url.split(':')[0]!.trim().toLowerCase()}: URL; content may not run scripts.`);
        continue;
      }
      const target = new URL(url, ORIGIN + entry.page);
      if (target.origin !== ORIGIN) continue; // another site, mailto: and the like
      if (!/^\s*[/#]/.test(url)) {
        // The same text is shown on /profile/ too, where a relative link would lead elsewhere.
        report(
          `links to ${url.trim()}, a relative address; write it from the site's root, ${target.pathname}${target.hash}, as the entry is also shown on /profile/.`,
        );
        continue;
      }
      const path = decodeURIComponent(target.pathname);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (moved.has(path)) {
        report(`links to ${path}, which has moved to ${moved.get(path)}; link to the new address.`);
      } else if (!anchors.has(path)) {
        report(
          anchors.has(`${path}/`)
            ? `links to ${path} without its final slash; write ${path}/${target.hash}.`
            : `links to ${path}, which is not a page of the site; link to an entry, a section, a record or another page that exists.`,
        );
      } else if (anchor) {
        const known = anchors.get(path);
        // p5 or p5-s3: the start of a paragraph of the note (or of a part of it) that the entry holds.
        const paragraph = /^p(\d+)(?:-s\d+)?$/.exec(anchor)?.[1];
        const holds = paragraph !== undefined && (paragraphsOf.get(path)?.includes(Number(paragraph)) ?? false);
        if (known && !known.has(anchor) && !holds) {
          report(
            `links to ${url.trim()}, but that page has no section or paragraph "${anchor}"; ` +
              (path === '/source/'
                ? `its paragraphs are p1 to p${sourceParagraphs}.`
                : `its heading ids are ${[...known].join(', ') || 'none'}.`),
          );
        }
      }
    }
  }
  return problems;
}
