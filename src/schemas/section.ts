import { z } from 'astro/zod';

/** The four sections of the profile, in reading order; each is a content collection. */
export const SECTION_IDS = ['base', 'leadership', 'ideology', 'operations'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Whether a content folder's name is a section's. */
export const isSectionId = (s: string): s is SectionId => (SECTION_IDS as readonly string[]).includes(s);

/** One record of content/sections.yaml: a section's landing-page data, written by the editors. */
export const sectionSchema = z.strictObject({
  /** The collection this section presents. */
  id: z.enum(SECTION_IDS),
  /** Short name used in navigation and breadcrumbs. */
  title: z.string().trim().min(1),
  /** Position of the section in the reading order; 1 comes first. */
  order: z.number().int().positive(),
  /** What the section covers, in one or two sentences. */
  summary: z.string().trim().min(1),
});

export type SectionData = z.infer<typeof sectionSchema>;
