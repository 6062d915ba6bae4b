/**
 * The open data's rows (README, "Open data"): events and figures flattened to one row per record
 * and attribution for /data/events.csv and /data/figures.csv, attributions as plain data, and
 * references replaced by their ids for /data/profile.json. Pure: src/site/export.ts hands it the
 * collections' records.
 */
import { isoWhen, precisionOf, type DateValue, type When } from './dates.ts';

/** A reference to another record, as a collection holds it. */
type Ref = { id: string };

/** Turns a site path into an absolute URL on the site's address, base path included. */
export type Absolute = (path: string) => string;

export interface ExportAttribution {
  source: Ref;
  anchor: string;
  saidBy: 'author' | { person: Ref } | { organization: Ref };
  via?: Ref | undefined;
  status: string;
  quote?: string | undefined;
}

/** `author`, `person:id` or `organization:id`. */
const saidBy = (a: ExportAttribution) =>
  a.saidBy === 'author' ? 'author' : 'person' in a.saidBy ? `person:${a.saidBy.person.id}` : `organization:${a.saidBy.organization.id}`;

/** An attribution as plain data, its section as an absolute URL. */
export function flatAttribution(a: ExportAttribution, abs: Absolute) {
  return { source: a.source.id, saidBy: saidBy(a), via: a.via?.id, status: a.status, section: abs(a.anchor), quote: a.quote };
}

/** Replaces every `{ collection, id }` reference in a value by its id (dates and strings kept). */
export function referencesToIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(referencesToIds);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['collection'] === 'string' && typeof o['id'] === 'string' && Object.keys(o).length === 2) return o['id'];
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, referencesToIds(v)]));
  }
  return value;
}

export interface ExportEvent {
  id: string;
  data: {
    title: string;
    date: When;
    until?: When | undefined;
    kind: string;
    places: Ref[];
    actors: Ref[];
    people: Ref[];
    casualties?: { killed?: number | undefined; wounded?: number | undefined } | undefined;
    attribution: ExportAttribution[];
  };
}

export interface ExportFigure {
  id: string;
  data: {
    label: string;
    value: number;
    valueMax?: number | undefined;
    qualifier: string;
    unit: string;
    period: { from?: DateValue | undefined; to?: When | undefined };
    place?: Ref | undefined;
    attribution: ExportAttribution[];
  };
}

/** An end date: empty when there is none, `not stated` when the note does not say. */
const until = (when: When | undefined) => (when === undefined ? '' : isoWhen(when) || 'not stated');

/** One row per event and attribution (an event stated by two sources has two rows). */
export function toEventRows(events: readonly ExportEvent[], abs: Absolute) {
  return events.flatMap((e) =>
    e.data.attribution.map((a) => {
      const at = flatAttribution(a, abs);
      return {
        id: e.id,
        title: e.data.title,
        date: isoWhen(e.data.date) || 'not stated',
        date_precision: precisionOf(e.data.date),
        until: until(e.data.until),
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

/** One row per figure and attribution. */
export function toFigureRows(figures: readonly ExportFigure[], abs: Absolute) {
  return figures.flatMap((f) =>
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
        period_to: until(f.data.period.to),
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
