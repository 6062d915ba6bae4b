/** Titles of the profile's sections, to name an anchor in words: "Leaders killed in US strikes". */
import { loadReadingOrder } from './profile.ts';

export interface SectionTitle {
  /** `/section/entry/#anchor`, without the site's base. */
  anchor: string;
  heading: string;
  entryTitle: string;
}

let cache: Promise<Map<string, SectionTitle>> | undefined;

/** Every section heading of every entry, by its anchor. */
export function loadSectionTitles(): Promise<Map<string, SectionTitle>> {
  cache ??= (async () => {
    const map = new Map<string, SectionTitle>();
    for (const { section, id, entry } of await loadReadingOrder()) {
      for (const m of (entry.body ?? '').matchAll(/^#{2,6}\s+(.*?)\s*\[#([a-z0-9-]+)\]\s*$/gm)) {
        const anchor = `/${section}/${id}/#${m[2]}`;
        map.set(anchor, { anchor, heading: m[1]!, entryTitle: entry.data.title });
      }
    }
    return map;
  })();
  return cache;
}
