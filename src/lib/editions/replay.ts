/** The profile as it stood in each edition: the editions applied in date order. Pure. */
import type { Edition, EntryState, SectionState } from '../../schemas/edition.ts';
import type { ProfileState } from './snapshot.ts';

/** One edition, with the profile as it stood in it. */
export interface EditionState {
  edition: Edition;
  state: ProfileState;
}

/** Applies a record of changes (null removes) to a map, returning a new map. */
function apply<T>(map: ReadonlyMap<string, T>, changes: Readonly<Record<string, T | null>>): Map<string, T> {
  const next = new Map(map);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Every edition (in date order) with the state after it. */
export function replay(editions: readonly Edition[]): EditionState[] {
  let state: ProfileState = { entries: new Map<string, EntryState>(), sections: new Map<string, SectionState>() };
  return [...editions]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((edition) => {
      state = { entries: apply(state.entries, edition.entries), sections: apply(state.sections, edition.sections) };
      return { edition, state };
    });
}
