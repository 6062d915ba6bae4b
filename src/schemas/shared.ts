import { z } from 'astro/zod';

/**
 * How a data schema refers to a record of another collection. Astro's content config passes
 * `reference` (so entries link with `reference()`); the content check passes a plain id schema and
 * checks that the ids exist itself, so that it can say which file and field are wrong.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: DataCollection) => R;

/** The data collections records can point at. */
export const DATA_COLLECTIONS = ['people', 'organizations', 'places', 'events', 'figures', 'glossary', 'sources'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** A section of the profile: `/section/entry/#anchor`, checked against the entries' headings. */
export const anchorSchema = z
  .string()
  .regex(/^\/[a-z]+\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'must be a section of an entry, like /leadership/founding/#founding-leaders');

/** A date as precise as the note gives it: a year, a month of a year, or a day. */
export const dateSchema = z
  .strictObject({
    /** Four-digit year. */
    year: z.number().int().min(1900).max(2100),
    /** 1–12, when the note names the month. */
    month: z.number().int().min(1).max(12).optional(),
    /** 1–31, when the note names the day (needs a month). */
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, { message: 'has a day but no month', path: ['day'] })
  .refine((d) => d.day === undefined || d.month === undefined || d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate(), {
    message: 'is not a day of that month',
    path: ['day'],
  });
export type DateValue = z.infer<typeof dateSchema>;

/** A date, or the note's silence about it: the data says "not stated" rather than guess. */
export const whenSchema = z.union([dateSchema, z.literal('not stated')]);
export type When = z.infer<typeof whenSchema>;

/** How sure the statement is, in the note's terms. */
export const STATUSES = {
  stated: 'Stated by the note’s author',
  claimed: 'Claimed by a party',
  estimated: 'An estimate',
  reported: 'Reported',
} as const;
export const statusSchema = z.enum(Object.keys(STATUSES) as [keyof typeof STATUSES, ...(keyof typeof STATUSES)[]]);
export type Status = z.infer<typeof statusSchema>;

/** Another name of a thing and where it comes from ("note": the note uses it; "editorial": we add it). */
export const aliasSchema = z.strictObject({
  /** The name as written. */
  text: z.string().trim().min(1),
  /** "note" if the note uses this name; "editorial" if the editors added it. */
  source: z.enum(['note', 'editorial']),
});
export type Alias = z.infer<typeof aliasSchema>;

/** Who says a thing, where, and how sure it is. A record can carry several, to show disagreement. */
export const attributionSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** The publication that carries the statement. */
    source: ref('sources'),
    /** The section of the profile that states it. */
    anchor: anchorSchema,
    /** Who says so: "author" (the note's author), or a person or an organization. */
    saidBy: z.union([
      z.literal('author'),
      z.strictObject({ person: ref('people') }),
      z.strictObject({ organization: ref('organizations') }),
    ]),
    /** Through whom it was said, e.g. IS via the Amaq news agency. */
    via: ref('organizations').optional(),
    /** stated, claimed, estimated or reported. */
    status: statusSchema,
    /** The note's own words for it, verbatim, when they help. */
    quote: z.string().trim().min(1).optional(),
  });

/** At least one attribution: a claim without one fails the build. */
export const claimSourcesSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.array(attributionSchema(ref)).min(1, 'needs at least one attribution (who says so)');
