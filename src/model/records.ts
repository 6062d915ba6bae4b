/**
 * The YAML data of the content folder, each file parsed once and each record checked against its
 * zod schema. References between records are checked by the schema itself: the model's reference
 * is an id that must name a record of the other file (Astro's collections use `reference()`).
 */
import { z } from 'astro/zod';
import { slugSchema } from '../schemas/entry.ts';
import {
  eventSchema,
  figureSchema,
  glossarySchema,
  keyFactSchema,
  organizationSchema,
  personSchema,
  placeSchema,
} from '../schemas/records.ts';
import { redirectSchema } from '../schemas/redirect.ts';
import { sectionSchema } from '../schemas/section.ts';
import type { DataCollection } from '../schemas/shared.ts';
import { siteSchema } from '../schemas/site.ts';
import { sourceSchema } from '../schemas/source.ts';
import { type ContentFile, fileAt } from './files.ts';
import { type Problem, zodProblems } from './problems.ts';
import { parseYamlList } from './yaml.ts';

/** A reference in the model: the id of a record of another file. */
type IdRef = typeof slugSchema;

/** The schema of each data file (content/<name>.yaml), given how references are checked. */
const RECORD_SCHEMAS = {
  people: personSchema<IdRef>,
  organizations: organizationSchema<IdRef>,
  places: placeSchema<IdRef>,
  events: eventSchema<IdRef>,
  figures: figureSchema<IdRef>,
  glossary: glossarySchema<IdRef>,
  'key-facts': keyFactSchema<IdRef>,
};
export type RecordFile = keyof typeof RECORD_SCHEMAS;
export const RECORD_FILES = Object.keys(RECORD_SCHEMAS) as RecordFile[];

/** The model's records of each data file, typed from its schema. */
export type Records = { [K in RecordFile]: z.infer<ReturnType<(typeof RECORD_SCHEMAS)[K]>>[] };

/** The files of the site's settings and structure, each a list of records. */
const SETTINGS_SCHEMAS = { sections: sectionSchema, sources: sourceSchema, site: siteSchema, redirects: redirectSchema };
export type SettingsFile = keyof typeof SETTINGS_SCHEMAS;
export type Settings = { [K in SettingsFile]: z.infer<(typeof SETTINGS_SCHEMAS)[K]>[] };

/** Every data file as read: its raw items (for Astro's loaders) and its valid, typed records. */
export interface DataFiles {
  raw: Partial<Record<RecordFile | SettingsFile, unknown[]>>;
  records: Records;
  settings: Settings;
  /** Files that could not be read; references into them are not checked. */
  unreadable: Set<string>;
}

/** Checks each record of a list against a schema, keeping the valid ones. */
function validRecords<S extends z.ZodType>(path: string, items: readonly unknown[], schema: S, problems: Problem[]): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item, { reportInput: true });
    if (result.success) valid.push(result.data);
    else problems.push(...zodProblems(path, result.error, [i]));
  });
  return valid;
}

/** Reads every YAML file of the content folder once. */
export function readDataFiles(files: readonly ContentFile[], problems: Problem[]): DataFiles {
  const raw: DataFiles['raw'] = {};
  const unreadable = new Set<string>();
  for (const name of [...Object.keys(SETTINGS_SCHEMAS), ...RECORD_FILES] as (RecordFile | SettingsFile)[]) {
    const file = fileAt(files, `content/${name}.yaml`);
    if (!file) continue;
    const parsed = parseYamlList(file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      unreadable.add(name);
    } else raw[name] = parsed.items;
  }

  const settings = Object.fromEntries(
    (Object.keys(SETTINGS_SCHEMAS) as SettingsFile[]).map((name) => [
      name,
      validRecords(`content/${name}.yaml`, raw[name] ?? [], SETTINGS_SCHEMAS[name], problems),
    ]),
  ) as Settings;

  // The ids of every file first, so references can be checked whatever order the files come in.
  const ids = new Map<string, Set<string>>([['sources', new Set(settings.sources.map((s) => s.id))]]);
  for (const name of RECORD_FILES) {
    const seen = new Set<string>();
    (raw[name] ?? []).forEach((r, i) => {
      const id = (r as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id))
        problems.push({
          file: `content/${name}.yaml`,
          where: `field "[${i}].id"`,
          message: `"${id}" is used by two records; ids must be unique.`,
        });
      seen.add(id);
    });
    ids.set(name, seen);
  }
  const ref = (collection: DataCollection): IdRef =>
    slugSchema.refine((id) => unreadable.has(collection) || (ids.get(collection)?.has(id) ?? false), {
      error: (issue) => `"${String(issue.input)}" is not a record of content/${collection}.yaml.`,
    });
  const records = Object.fromEntries(
    RECORD_FILES.map((name) => [name, validRecords(`content/${name}.yaml`, raw[name] ?? [], RECORD_SCHEMAS[name](ref), problems)]),
  ) as Records;
  return { raw, records, settings, unreadable };
}
