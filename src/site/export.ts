/**
 * The open data: every record of the profile with its page and section URLs, flattened for JSON
 * and CSV. References become ids; attributions keep who says so, the status and the section URL.
 */
import { getCollection } from 'astro:content';
import { isoWhen, precisionOf } from '../lib/dates.ts';
import { loadProfile } from './profile.ts';
import { loadMentions, nameOf } from './records.ts';

type Ref = { id: string };
type Attribution = {
  source: Ref;
  anchor: string;
  saidBy: 'author' | { person: Ref } | { organization: Ref };
  via?: Ref | undefined;
  status: string;
  quote?: string | undefined;
};

/** Turns a site path into an absolute URL on the site's address, base path included. */
export type Absolute = (path: string) => string;

const saidBy = (a: Attribution) =>
  a.saidBy === 'author' ? 'author' : 'person' in a.saidBy ? `person:${a.saidBy.person.id}` : `organization:${a.saidBy.organization.id}`;

/** An attribution as plain data. */
export function flatAttribution(a: Attribution, abs: Absolute) {
  return { source: a.source.id, saidBy: saidBy(a), via: a.via?.id, status: a.status, section: abs(a.anchor), quote: a.quote };
}

/** Replaces every `{ collection, id }` reference in a value by its id (dates and strings kept). */
function ids(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ids);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['collection'] === 'string' && typeof o['id'] === 'string' && Object.keys(o).length === 2) return o['id'];
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ids(v)]));
  }
  return value;
}

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
  return (await getCollection('events')).flatMap((e) =>
    e.data.attribution.map((a) => {
      const at = flatAttribution(a, abs);
      return {
        id: e.id,
        title: e.data.title,
        date: isoWhen(e.data.date) || 'not stated',
        date_precision: precisionOf(e.data.date),
        until: e.data.until === undefined ? '' : isoWhen(e.data.until) || 'not stated',
        kind: e.data.kind,
        places: e.data.places.map((p) => p.id).join(';'),
        actors: [...e.data.actors, ...e.data.people].map((p) => p.id).join(';'),
        killed: e.data.casualties?.killed,
        wounded: e.data.casualties?.wounded,
        said_by: at.saidBy,
        via: at.via,
        status: at.status,
        section_url: at.section,
        quote: at.quote,
      };
    }),
  );
}

/** One CSV row per figure and attribution. */
export async function figureRows(abs: Absolute) {
  return (await getCollection('figures')).flatMap((f) =>
    f.data.attribution.map((a) => {
      const at = flatAttribution(a, abs);
      return {
        id: f.id,
        label: f.data.label,
        value: f.data.value,
        value_max: f.data.valueMax,
        qualifier: f.data.qualifier,
        unit: f.data.unit,
        period_from: isoWhen(f.data.period.from),
        period_to: f.data.period.to === undefined ? '' : isoWhen(f.data.period.to) || 'not stated',
        place: f.data.place?.id,
        said_by: at.saidBy,
        via: at.via,
        status: at.status,
        section_url: at.section,
        quote: at.quote,
      };
    }),
  );
}

export const EVENT_COLUMNS = [
  'id',
  'title',
  'date',
  'date_precision',
  'until',
  'kind',
  'places',
  'actors',
  'killed',
  'wounded',
  'said_by',
  'via',
  'status',
  'section_url',
  'quote',
] as const;
export const FIGURE_COLUMNS = [
  'id',
  'label',
  'value',
  'value_max',
  'qualifier',
  'unit',
  'period_from',
  'period_to',
  'place',
  'said_by',
  'via',
  'status',
  'section_url',
  'quote',
] as const;
