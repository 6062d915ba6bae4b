import { z } from 'astro/zod';

/** An id for a permanent URL part: lowercase ASCII words joined by hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** Where an entry's text comes from: a source record and the paragraphs of it the entry holds. */
export const sourceRefSchema = z.strictObject({
  /** Id of a record in content/sources.yaml. */
  id: slugSchema,
  /** 1-based numbers of the source's paragraphs that the entry holds, in order. */
  paragraphs: z.array(z.number().int().positive()).min(1),
});

/** Frontmatter of one MDX entry in content/{base,leadership,ideology,operations}/. */
export const entrySchema = z.strictObject({
  /** The entry's title, written by the editors; the page's only h1. */
  title: z.string().trim().min(1),
  /** One or two sentences by the editors, shown in lists and under the title. */
  summary: z.string().trim().min(1),
  /** Position in its section's reading order; 1 comes first. */
  order: z.number().int().positive(),
  /** The source text the entry holds. */
  source: sourceRefSchema,
  /**
   * Anchors this entry's sections were once published under, and the heading ids they now have
   * (`old-id: current-id`), so old links still land on the section. Never remove one. Default none.
   */
  formerAnchors: z.record(slugSchema, slugSchema).optional(),
});

export type EntryData = z.infer<typeof entrySchema>;
