import { z } from 'astro/zod';
import { slugSchema } from './entry.ts';
import { aliasSchema, anchorSchema, claimSourcesSchema, dateSchema, type RefFactory, whenSchema } from './shared.ts';

/** Fields every entity shares: id, name, other names, editorial summary, where it is introduced. */
const entity = {
  /** Stable id; also the record page's URL. */
  id: slugSchema,
  /** The name as the note writes it (an organization's own spelling, where the note misspells it). */
  name: z.string().trim().min(1),
  /** Other names; those with source "note" are linked in the text too. Default none. */
  aliases: z.array(aliasSchema).default([]),
  /** One or two sentences by the editors, saying only what the note says. */
  summary: z.string().trim().min(1),
  /** The section of the profile that introduces it; its editorial aliases are shown there. */
  introducedAt: anchorSchema,
};

/** content/people.yaml */
export const personSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...entity,
    /** Positions held, as the note states them. */
    roles: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1),
          organization: ref('organizations'),
          from: whenSchema.optional(),
          to: whenSchema.optional(),
          attribution: claimSourcesSchema(ref),
        }),
      )
      .default([]),
    /** What became of the person, if the note says. */
    fate: z
      .strictObject({
        /** E.g. "killed in a targeted US strike". */
        what: z.string().trim().min(1),
        /** When; "not stated" where the note does not say. */
        when: whenSchema,
        /** Who did it, if stated. */
        by: ref('organizations').optional(),
        /** Where, if stated. */
        where: ref('places').optional(),
        /** What the editors note about the record (e.g. the four-names-three-years problem). */
        note: z.string().trim().min(1).optional(),
        attribution: claimSourcesSchema(ref),
      })
      .optional(),
  });

/** Kinds of relationship between organizations, as the note states them. */
export const RELATIONSHIPS = {
  'affiliate-of': 'is an affiliate of',
  'drew-members-from': 'drew members from',
  'rival-of': 'clashes with',
  'connected-through': 'is connected to',
  'fought-against': 'was formed to fight',
  'news-agency-of': 'is the news agency of',
  'part-of': 'is part of',
} as const;

/** content/organizations.yaml */
export const organizationSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...entity,
    /** What kind of body it is. */
    kind: z.enum(['militant group', 'network', 'government', 'news agency', 'research centre', 'military alliance', 'state']),
    /** Relationships to other organizations, each with who says so. */
    relationships: z
      .array(
        z.strictObject({
          type: z.enum(Object.keys(RELATIONSHIPS) as [keyof typeof RELATIONSHIPS, ...(keyof typeof RELATIONSHIPS)[]]),
          target: ref('organizations'),
          /** Through what, for "connected-through" (e.g. the Haqqani network). */
          through: ref('organizations').optional(),
          attribution: claimSourcesSchema(ref),
        }),
      )
      .default([]),
  });

/** content/places.yaml */
export const placeSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    ...entity,
    kind: z.enum(['country', 'province', 'city', 'region', 'building']),
    /** [longitude, latitude] in degrees, of the place or its centre; editorial data. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    /** The country it lies in, for provinces and cities. */
    country: ref('places').optional(),
    /** For a province: its name in the map data (Natural Earth's `name_en`), when it differs. */
    mapName: z.string().optional(),
  });

/** Kinds of event on the timeline. */
export const EVENT_KINDS = ['founding', 'leadership', 'attack', 'claim', 'death', 'estimate', 'statement', 'campaign'] as const;

/** content/events.yaml */
export const eventSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    id: slugSchema,
    /** A short title by the editors. */
    title: z.string().trim().min(1),
    /** When, as precisely as the note says; "not stated" where it does not. */
    date: whenSchema,
    /** For events that span time (e.g. "since August 2021"): when it ended, or "not stated". */
    until: whenSchema.optional(),
    kind: z.enum(EVENT_KINDS),
    places: z.array(ref('places')).default([]),
    actors: z.array(ref('organizations')).default([]),
    people: z.array(ref('people')).default([]),
    /** Casualties as the note gives them. */
    casualties: z
      .strictObject({ killed: z.number().int().nonnegative().optional(), wounded: z.number().int().nonnegative().optional() })
      .optional(),
    attribution: claimSourcesSchema(ref),
  });

/** content/figures.yaml: every number in the note. */
export const figureSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    id: slugSchema,
    /** What is counted, by the editors: "IS-K fighters". */
    label: z.string().trim().min(1),
    /** The number; for a range, its low end. */
    value: z.number().nonnegative(),
    /** The high end of a range ("between 3000 to 4000"). */
    valueMax: z.number().nonnegative().optional(),
    /** How the note qualifies it: "up to", "close to", "between". */
    qualifier: z.enum(['exactly', 'up to', 'close to', 'between', 'about']).default('exactly'),
    unit: z.string().trim().min(1),
    /** The time the number covers: from (and to) dates. */
    period: z.strictObject({ from: dateSchema.optional(), to: whenSchema.optional() }),
    place: ref('places').optional(),
    attribution: claimSourcesSchema(ref),
  });

/** content/glossary.yaml: terms, defined by the editors (never the note's words). */
export const glossarySchema = <R extends z.ZodType>(_ref: RefFactory<R>) =>
  z.strictObject({
    id: slugSchema,
    term: z.string().trim().min(1),
    /** Forms of the term as the note writes them, linked in the text. */
    aliases: z.array(aliasSchema).default([]),
    /** The editors' definition, plain and neutral. */
    definition: z.string().trim().min(1),
  });

/** content/key-facts.yaml: the home page's facts "as of" the note's date, each with who says so. */
export const keyFactSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    id: slugSchema,
    /** Position in the box; 1 comes first. */
    order: z.number().int().positive(),
    /** What the fact is about: "Founded". */
    label: z.string().trim().min(1),
    /** The fact in a few words, by the editors, saying only what the note says. */
    value: z.string().trim().min(1),
    attribution: claimSourcesSchema(ref),
  });
