import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { sourceTexts } from './loaders/source-texts.ts';
import { entrySchema, sourceRefSchema } from './schemas/entry.ts';
import { SECTION_IDS, type SectionId, sectionSchema } from './schemas/section.ts';
import { siteSchema } from './schemas/site.ts';
import { sourceSchema } from './schemas/source.ts';

/** An entry's schema, with its source checked against the `sources` collection. */
const entryWithSource = entrySchema.extend({
  source: sourceRefSchema.extend({ id: reference('sources') }),
});

const sectionCollection = (id: SectionId) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./content/${id}` }),
    schema: entryWithSource,
  });

const sectionCollections = Object.fromEntries(
  SECTION_IDS.map((id) => [id, sectionCollection(id)]),
) as Record<SectionId, ReturnType<typeof sectionCollection>>;

export const collections = {
  ...sectionCollections,
  sections: defineCollection({ loader: file('./content/sections.yaml'), schema: sectionSchema }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
  /** The verbatim texts of the sources, one per file in content/source/. */
  sourceTexts: defineCollection({
    loader: sourceTexts('./content/source'),
    schema: z.strictObject({ text: z.string().min(1) }),
  }),
  site: defineCollection({ loader: file('./content/site.yaml'), schema: siteSchema }),
};
