import { z } from 'astro/zod';

/**
 * An edition (content/editions/YYYY-MM-DD.json): what a reader read in every section that changed
 * since the previous edition. Replaying the editions in date order gives the profile as it stood
 * in each; the first edition holds every section. Never edited once published: each file carries
 * the digest of its own text and of the edition before it, and the content check verifies both.
 */

/** A stretch of a paragraph: the note's or the editors' words, or a party's claim with its label. */
export const runSchema = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({
    /** The editors' label before the claim: "Claim by Zabihullah Mujahid:". */
    claim: z.string(),
    /** The note's words of the claim. */
    text: z.string(),
  }),
]);
export type Run = z.infer<typeof runSchema>;

/** A paragraph, as plain runs of text (markup such as links is not kept: it is not a change). */
export const paragraphSchema = z.strictObject({ p: z.array(runSchema) });

/** One block of a section as a reader reads it. */
export const blockSchema = z.union([
  paragraphSchema,
  z.strictObject({
    /** An editors' note: its kind's label ("Ambiguous in the note") and its paragraphs. */
    note: z.string(),
    paragraphs: z.array(paragraphSchema),
  }),
  z.strictObject({
    /** The editors' line of other names under the heading that introduces a thing. */
    aka: z.string(),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

/** A section: the heading and what follows it, up to the next heading. */
export const sectionStateSchema = z.strictObject({
  /** The entry's page it is on: `/leadership/leaders-killed/`. */
  page: z.string(),
  /** 2 for `##`, 3 for `###`. */
  depth: z.number().int(),
  heading: z.string(),
  blocks: z.array(blockSchema),
});
export type SectionState = z.infer<typeof sectionStateSchema>;

/** An entry: its editors' title and summary, and its sections' ids in order. */
export const entryStateSchema = z.strictObject({
  title: z.string(),
  summary: z.string(),
  sections: z.array(z.string()),
});
export type EntryState = z.infer<typeof entryStateSchema>;

/** The file of one edition. */
export const editionSchema = z.strictObject({
  /** YYYY-MM-DD: the edition's name and the day it was published (UTC). */
  date: z.iso.date(),
  /** What changed, in a sentence, by the editors. */
  note: z.string().trim().min(1),
  /** The digest of the previous edition's file; null for the first edition. */
  previous: z.string().nullable(),
  /** Entries added or changed (by page), or removed (null). */
  entries: z.record(z.string(), entryStateSchema.nullable()),
  /** Sections added or changed (by heading id), or removed (null). */
  sections: z.record(z.string(), sectionStateSchema.nullable()),
  /** sha256 of this file's canonical JSON without this field: a published edition cannot change unnoticed. */
  digest: z.string(),
});
export type Edition = z.infer<typeof editionSchema>;
