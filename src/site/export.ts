/**
 * The open data: every record of the profile with its page and section URLs, flattened for JSON
 * and CSV. References become ids; attributions keep who says so, the status and the section URL.
 * This file reads the collections; src/lib/export-rows.ts builds the rows.
 */
import { getCollection } from 'astro:content';
import { type Absolute, referencesToIds as ids, toEventRows, toFigureRows } from '../lib/export-rows.ts';
import { loadProfile } from './profile.ts';
import { loadMentions, nameOf } from './records.ts';

export { EVENT_COLUMNS, FIGURE_COLUMNS, type Absolute } from '../lib/export-rows.ts';

/** Everything, for /data/profile.json. */
export async function buildProfileData(abs: Absolute) {
  const [profile, sources, mentions] = await Promise.all([loadProfile(), getCollection('sources'), loadMentions()]);
  const named = async (collection: 'people' | 'organizations' | 'places' | 'glossary') =>
    (await getCollection(collection)).map((e) => ({
      ...(ids(e.data) as object),
      name: nameOf(e),
      url: abs(`/${collection}/${e.id}/`),
      mentionedIn: (mentions.get(`${collection}/${e.id}`) ?? []).map((m) => abs(`/${m.section}/${m.entry}/#${m.anchor}`)),
    }));
  return {
    about:
      'Open data of the IS-K Profile Explorer: the records built from GP Short Notes #851. Summaries, labels, definitions and ' +
      'coordinates are the editors’; every claim-like record says who says so (saidBy), how sure (status) and where (section).',
    sources: sources.map((s) => ({ ...s.data, url: abs('/source/') })),
    sections: profile.map((s) => ({
      id: s.id,
      title: s.data.title,
      url: abs(`/${s.id}/`),
      entries: s.entries.map((e) => ({
        id: e.id,
        title: e.entry.data.title,
        summary: e.entry.data.summary,
        url: abs(`/${s.id}/${e.id}/`),
        sourceParagraphs: e.entry.data.source.paragraphs,
      })),
    })),
    people: await named('people'),
    organizations: await named('organizations'),
    places: await named('places'),
    glossary: await named('glossary'),
    events: (await getCollection('events')).map((e) => ({ ...(ids(e.data) as object), url: abs(`/timeline/#${e.id}`) })),
    figures: (await getCollection('figures')).map((f) => ({ ...(ids(f.data) as object), url: abs(`/figures/#${f.id}`) })),
  };
}

/** One CSV row per event and attribution (an event stated by two sources has two rows). */
export async function eventRows(abs: Absolute) {
  return toEventRows(await getCollection('events'), abs);
}

/** One CSV row per figure and attribution. */
export async function figureRows(abs: Absolute) {
  return toFigureRows(await getCollection('figures'), abs);
}
