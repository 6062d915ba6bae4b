import { z } from 'astro/zod';
import { slugSchema } from './entry.ts';

/** One record of content/sources.yaml: a publication the profile's facts come from. */
export const sourceSchema = z.strictObject({
  /** Stable id used by entries' `source.id`. */
  id: slugSchema,
  /** Title as published. */
  title: z.string().trim().min(1),
  /** Series the publication belongs to. */
  series: z.string().trim().min(1),
  /** Number within the series. */
  number: z.number().int().positive(),
  /** Publication date, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Authors, as published. */
  authors: z.array(z.string().trim().min(1)).min(1),
  /** File under content/source/ that keeps the text verbatim. */
  textFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in content/source/'),
});

export type SourceData = z.infer<typeof sourceSchema>;
