import { z } from 'astro/zod';
import { slugSchema } from './entry.ts';

/** Where a name comes from: the note itself, or the editors (not in the note). */
export const nameSourceSchema = z.enum(['note', 'editorial']);

/** Another name of a thing: a spelling, an abbreviation, a translation. */
export const aliasSchema = z.strictObject({
  /** The name as written. */
  text: z.string().trim().min(1),
  /** "note" if the note uses this name itself; "editorial" if the editors added it. */
  source: nameSourceSchema,
});

/** One record of content/aliases.yaml: a thing known by several names, and where it is introduced. */
export const aliasRecordSchema = z.strictObject({
  /** Stable id of the thing. */
  id: slugSchema,
  /** The name the site uses for it (the note's spelling). */
  name: z.string().trim().min(1),
  /** The section that introduces it, as `/section/entry/#anchor`; its other names are shown there. */
  anchor: z.string().regex(/^\/[a-z]+\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'must look like /section/entry/#anchor'),
  /** Its other names. */
  aliases: z.array(aliasSchema).min(1),
});

export type AliasRecord = z.infer<typeof aliasRecordSchema>;
