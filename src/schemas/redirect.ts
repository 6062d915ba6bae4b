import { z } from 'astro/zod';

const pagePath = z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'must be a page path like /leadership/leaders-killed/');

/** One record of content/redirects.yaml: a page that moved, and where it is now. */
export const redirectSchema = z.strictObject({
  /** The old address, as published. Never remove a record. */
  from: pagePath,
  /** The page's address now. */
  to: pagePath,
  /** Why it moved, for the editors. */
  note: z.string().optional(),
});

export type Redirect = z.infer<typeof redirectSchema>;
