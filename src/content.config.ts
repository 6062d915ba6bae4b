import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { modelEntries, modelMentions, modelRecords, modelSectionTitles, modelSourceTexts } from './loaders/model.ts';
import { mentionsSchema, sectionTitleSchema } from './schemas/derived.ts';
import type { RecordFile, SettingsFile } from './model/records.ts';
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
/** A collection of the records of one YAML file, from the content model (src/model/). */
const data = <S extends z.ZodType>(file: RecordFile | SettingsFile, schema: S) => defineCollection({ loader: modelRecords(file), schema });

/** An entry's schema, with its source checked against the `sources` collection. */
const entryWithSource = entrySchema.extend({
  source: sourceRefSchema.extend({ id: reference('sources') }),
});

const sectionCollection = (id: SectionId) => defineCollection({ loader: modelEntries(id), schema: entryWithSource });

const sectionCollections = Object.fromEntries(SECTION_IDS.map((id) => [id, sectionCollection(id)])) as Record<
  SectionId,
  ReturnType<typeof sectionCollection>
>;

export const collections = {
  ...sectionCollections,
  sections: data('sections', sectionSchema),
  sources: data('sources', sourceSchema),
  /** The verbatim texts of the sources, one per file in content/source/. */
  sourceTexts: defineCollection({ loader: modelSourceTexts(), schema: z.strictObject({ text: z.string().min(1) }) }),
  people: data('people', personSchema(ref)),
  organizations: data('organizations', organizationSchema(ref)),
  places: data('places', placeSchema(ref)),
  events: data('events', eventSchema(ref)),
  figures: data('figures', figureSchema(ref)),
  glossary: data('glossary', glossarySchema(ref)),
  keyFacts: data('key-facts', keyFactSchema(ref)),
  site: data('site', siteSchema),
  /** Derived by the content model: every section's title, by its anchor (`/section/entry/#id`). */
  sectionTitles: defineCollection({ loader: modelSectionTitles(), schema: sectionTitleSchema }),
  /** Derived by the content model: the sections that mention each record, by record key. */
  mentions: defineCollection({ loader: modelMentions(), schema: mentionsSchema }),
};
