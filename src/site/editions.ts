/**
 * The editions as the pages show them: the profile replayed edition by edition (content/editions/),
 * what a reader reads now, and where each entry and section was last recorded. From the content
 * model, computed once per build.
 */
import { loadContent } from '../model/index.ts';
import { canonicalJson, type EditionState, type ProfileState, readsDifferently, replay } from '../lib/editions/index.ts';
import { formatDate } from '../lib/format.ts';

export interface Editions {
  /** Every edition in date order, with the profile as it stood in it. */
  history: EditionState[];
  /** What readers read now. */
  current: ProfileState;
  /** Old section ids and the ids they answer to now (every entry's formerAnchors). */
  renamed: Map<string, string>;
  /** Old pages and where they are now (content/redirects.yaml). */
  moved: Map<string, string>;
}

let cache: { model: unknown; editions: Editions } | undefined;

/** The editions of the content being built. */
export function loadEditions(): Editions {
  const { model } = loadContent();
  if (cache?.model !== model) {
    const renamed = new Map(model.entries.flatMap((e) => Object.entries(e.data?.formerAnchors ?? {})));
    cache = {
      model,
      editions: {
        history: replay(model.editions),
        current: model.current,
        renamed,
        moved: new Map(model.redirects.map((r) => [r.from, r.to])),
      },
    };
  }
  return cache.editions;
}

/** "Edition of 29 November 2026". */
export function editionLabel(date: string): string {
  return `Edition of ${formatDate(date)}`;
}

/** The site path of an entry's pinned page in an edition: `/editions/2026-11-29/leadership/founding/`. */
export function pinnedPath(date: string, page: string): string {
  return `/editions/${date}${page}`;
}

/** The latest edition, up to `date` (default: the latest of all), in which an entry's page was recorded. */
export function entryEdition(editions: Editions, page: string, date?: string): string | undefined {
  return editions.history.findLast((h) => (!date || h.edition.date <= date) && h.edition.entries[page])?.edition.date;
}

/** The latest edition in which a section was recorded, and whether it reads differently now. */
export function sectionEdition(editions: Editions, id: string): { date: string; changedSince: boolean } | undefined {
  const last = editions.history.findLast((h) => h.edition.sections[id]);
  if (!last) return undefined;
  return { date: last.edition.date, changedSince: readsDifferently(last.state.sections.get(id), editions.current.sections.get(id)) };
}

/** Where a section of an old edition is now: its current page and id, or nothing if it is gone. */
export function whereNow(editions: Editions, id: string): { page: string; id: string } | undefined {
  const now = editions.renamed.get(id) ?? id;
  const section = editions.current.sections.get(now);
  return section ? { page: section.page, id: now } : undefined;
}

/**
 * The edition to cite an entry (and its sections) in: the latest in which it was recorded, if the
 * entry reads the same now; none if it changed since (its pinned page would not hold its words).
 */
export function citedEdition(editions: Editions, page: string): string | undefined {
  const date = entryEdition(editions, page);
  const then = editions.history.find((h) => h.edition.date === date)?.state;
  const now = editions.current;
  const entry = now.entries.get(page);
  if (!then || !entry || canonicalJson(then.entries.get(page)) !== canonicalJson(entry)) return undefined;
  return entry.sections.every((id) => canonicalJson(then.sections.get(id)) === canonicalJson(now.sections.get(id))) ? date : undefined;
}
