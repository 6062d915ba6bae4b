/** What changed between two states of the profile, as an edition records it and as readers are told. Pure. */
import type { Edition } from '../../schemas/edition.ts';
import { canonicalJson } from './digest.ts';
import type { ProfileState } from './snapshot.ts';

/** The changes an edition records: what is new or different (by key), and what is gone (null). */
export type Changes = Pick<Edition, 'entries' | 'sections'>;

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Entries and sections that differ between `before` and `after`, in `after`'s order, then removals. */
export function changesBetween(before: ProfileState, after: ProfileState): Changes {
  const changes: Changes = { entries: {}, sections: {} };
  for (const [id, section] of after.sections) if (!same(before.sections.get(id), section)) changes.sections[id] = section;
  for (const id of before.sections.keys()) if (!after.sections.has(id)) changes.sections[id] = null;
  // An entry is recorded whenever one of its sections changed, so its pinned page shows that edition.
  const touched = new Set(
    Object.entries(changes.sections).flatMap(([id, s]) => [s?.page, before.sections.get(id)?.page].filter((p): p is string => !!p)),
  );
  for (const [page, entry] of after.entries) if (touched.has(page) || !same(before.entries.get(page), entry)) changes.entries[page] = entry;
  for (const page of before.entries.keys()) if (!after.entries.has(page)) changes.entries[page] = null;
  return changes;
}

/** Whether a record of changes holds nothing. */
export function isEmpty(changes: Changes): boolean {
  return Object.keys(changes.entries).length === 0 && Object.keys(changes.sections).length === 0;
}

/** How a section changed in an edition, for a reader. */
export type ChangeKind = 'added' | 'changed' | 'moved' | 'removed';

export interface SectionChange {
  id: string;
  kind: ChangeKind;
  /** The section's page before the edition (for changed, moved and removed sections). */
  from?: string;
  /** Its page after (for added, changed and moved sections). */
  to?: string;
}

/** The sections an edition changed, each classed: added, changed (in place), moved (to another page, maybe changed too), removed. */
export function sectionChanges(before: ProfileState, changes: Changes): SectionChange[] {
  return Object.entries(changes.sections).map(([id, section]) => {
    const old = before.sections.get(id);
    if (!section) return { id, kind: 'removed', ...(old ? { from: old.page } : {}) };
    if (!old) return { id, kind: 'added', to: section.page };
    return { id, kind: old.page === section.page ? 'changed' : 'moved', from: old.page, to: section.page };
  });
}
