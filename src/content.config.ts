import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { sourceTexts } from './loaders/source-texts.ts';
import { CONTENT_ROOT } from './lib/content-root.ts';
import { entrySchema, sourceRefSchema } from './schemas/entry.ts';
import { SECTION_IDS, type SectionId, sectionSchema } from './schemas/section.ts';
import { siteSchema } from './schemas/site.ts';
import { sourceSchema } from './schemas/source.ts';
import {
  eventSchema,
  figureSchema,
  glossarySchema,
  keyFactSchema,
  organizationSchema,
  personSchema,
  placeSchema,
} from './schemas/records.ts';
import type { DataCollection } from './schemas/shared.ts';

/** Records point at each other with Astro's reference(), so a wrong id fails the build. */
const ref = (collection: DataCollection) => reference(collection);
const data = <S extends z.ZodType>(file_: string, schema: S) => defineCollection({ loader: file(`${CONTENT_ROOT}/${file_}`), schema });

/** An entry's schema, with its source checked against the `sources` collection. */
const entryWithSource = entrySchema.extend({
  source: sourceRefSchema.extend({ id: reference('sources') }),
});

const sectionCollection = (id: SectionId) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_ROOT}/${id}` }),
    schema: entryWithSource,
  });

const sectionCollections = Object.fromEntries(SECTION_IDS.map((id) => [id, sectionCollection(id)])) as Record<
  SectionId,
  ReturnType<typeof sectionCollection>
>;

export const collections = {
  ...sectionCollections,
  sections: defineCollection({ loader: file(`${CONTENT_ROOT}/sections.yaml`), schema: sectionSchema }),
  sources: defineCollection({ loader: file(`${CONTENT_ROOT}/sources.yaml`), schema: sourceSchema }),
  /** The verbatim texts of the sources, one per file in content/source/. */
  sourceTexts: defineCollection({
    loader: sourceTexts(`${CONTENT_ROOT}/source`),
    schema: z.strictObject({ text: z.string().min(1) }),
  }),
  people: data('people.yaml', personSchema(ref)),
  organizations: data('organizations.yaml', organizationSchema(ref)),
  places: data('places.yaml', placeSchema(ref)),
  events: data('events.yaml', eventSchema(ref)),
  figures: data('figures.yaml', figureSchema(ref)),
  glossary: data('glossary.yaml', glossarySchema(ref)),
  keyFacts: data('key-facts.yaml', keyFactSchema(ref)),
  site: defineCollection({ loader: file(`${CONTENT_ROOT}/site.yaml`), schema: siteSchema }),
};
