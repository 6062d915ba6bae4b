import { z } from 'astro/zod';

/**
 * What the content model derives from the entries (src/model/model.ts) and hands to the pages as
 * collections: each section's title by its anchor, and where each record is mentioned.
 */

/** A section of an entry, by its anchor: what names it in words ("Leaders killed in US strikes"). */
export const sectionTitleSchema = z.strictObject({
  /** `/section/entry/#anchor`, without the site's base. */
  anchor: z.string(),
  section: z.string(),
  entry: z.string(),
  /** The heading's permanent id. */
  id: z.string(),
  /** 2 for `##`, 3 for `###`... */
  depth: z.number().int(),
  /** The heading's text, as the entry writes it. */
  heading: z.string(),
  /** The entry's title. */
  entryTitle: z.string(),
});
export type SectionTitle = z.infer<typeof sectionTitleSchema>;

/** Where a record is mentioned: a section of an entry. */
export const mentionPlaceSchema = z.strictObject({ section: z.string(), entry: z.string(), anchor: z.string() });
export type MentionPlace = z.infer<typeof mentionPlaceSchema>;

/** Where one record (`people/sanaullah-ghafari`) is mentioned. */
export const mentionsSchema = z.strictObject({
  /** Its rank among all records by where the profile first names them, reading in order (0 first). */
  first: z.number().int().nonnegative(),
  /** The sections that mention it, in reading order. */
  places: z.array(mentionPlaceSchema),
});
