import { z } from 'astro/zod';

/** content/site.yaml: the site's name and the editors' introduction on the home page. */
export const siteSchema = z.strictObject({
  /** Always "site": the file holds one record. */
  id: z.literal('site'),
  /** The site's name, in the header and in page titles. */
  name: z.string().trim().min(1),
  /** The editors' two-sentence introduction to IS-K and to the site (Markdown links allowed). */
  intro: z.string().trim().min(1),
  /** Date the profile describes the group as of, YYYY-MM-DD (the note's date). */
  asOf: z.iso.date(),
});

export type SiteData = z.infer<typeof siteSchema>;
