/**
 * Checks the data files (people, organizations, places, events, figures, glossary): each record
 * against its schema, every reference to another record, every section anchor, the names the
 * text is linked by, and the <Claim> tags of the entries. Pure: given the files' text.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { slugSchema } from '../../schemas/entry.ts';
import {
  eventSchema,
  figureSchema,
  glossarySchema,
  keyFactSchema,
  organizationSchema,
  personSchema,
  placeSchema,
} from '../../schemas/records.ts';
import type { DataCollection } from '../../schemas/shared.ts';
import { buildMatcher } from '../mentions.ts';
import { nameables, type NamedRecord } from '../records-file.ts';
import type { ContentFile } from './check-content.ts';
import { type Problem, zodProblems } from './issues.ts';

const SCHEMAS = {
  people: personSchema,
  organizations: organizationSchema,
  places: placeSchema,
  events: eventSchema,
  figures: figureSchema,
  glossary: glossarySchema,
  'key-facts': keyFactSchema,
} as const;
type Checked = keyof typeof SCHEMAS;
const FILES = Object.keys(SCHEMAS) as Checked[];

const ANCHOR_KEYS = new Set(['anchor', 'introducedAt']);

/** Every value under an `anchor` or `introducedAt` key, with its field path. */
function anchorsIn(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => anchorsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (ANCHOR_KEYS.has(k) && typeof v === 'string') out.push([here, v]);
      else anchorsIn(v, here, out);
    }
  }
  return out;
}

/**
 * @param files all content files
 * @param headingIds heading id → the entry file that has it (from the entries' check)
 * @param sourceIds the ids of content/sources.yaml
 */
export function checkData(
  files: readonly ContentFile[],
  headingIds: ReadonlyMap<string, string>,
  sourceIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const raw = new Map<Checked, unknown[]>();
  // Files that do not parse are reported once; references to their records are not checked.
  const unreadable = new Set<string>();
  for (const name of FILES) {
    const file = files.find((f) => f.path === `content/${name}.yaml`);
    if (!file) continue;
    try {
      const list = parseYaml(file.text) as unknown;
      if (!Array.isArray(list))
        problems.push({ file: file.path, message: 'must be a YAML list of records (each starting with "- id: ...").' });
      else raw.set(name, list);
    } catch (error) {
      unreadable.add(name);
      const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      problems.push({
        file: file.path,
        ...(line ? { where: `line ${line}` } : {}),
        message: `is not valid YAML (${String((error as Error).message)
          .split('\n')[0]
          ?.replace(/:$/, '')}).`,
      });
    }
  }
  // First pass: the ids, so references can be checked whatever order the files come in.
  const ids = new Map<string, Set<string>>([['sources', new Set(sourceIds)]]);
  for (const [name, list] of raw) {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      const id = (r as { id?: unknown })?.id;
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
  const ref = (collection: DataCollection) =>
    slugSchema.refine((id) => unreadable.has(collection) || (ids.get(collection)?.has(id) ?? false), {
      error: (issue) => `"${String(issue.input)}" is not a record of content/${collection}.yaml.`,
    });

  for (const [name, list] of raw) {
    const file = `content/${name}.yaml`;
    const result = z.array(SCHEMAS[name](ref)).safeParse(list, { reportInput: true });
    if (!result.success) problems.push(...zodProblems(file, result.error));
    for (const [where, anchor] of anchorsIn(list, '')) {
      const [page, id] = anchor.split('#');
      const entry = `content${(page ?? '').replace(/\/$/, '')}.mdx`;
      if (/^\/[a-z]+\/[a-z0-9-]+\/#/.test(anchor) && headingIds.get(id ?? '') !== entry) {
        problems.push({
          file,
          where: `field "${where}"`,
          message: `${anchor} is not a section of the profile; use an entry's page and one of its heading ids.`,
        });
      }
    }
  }

  // The names that link the text must each name one thing.
  const named: NamedRecord[] = (['people', 'organizations', 'places', 'glossary'] as const).flatMap((collection) =>
    (raw.get(collection) ?? []).map((r) => {
      const rec = r as { id?: string; name?: string; term?: string; aliases?: { text: string; source: string }[] };
      return { collection, id: String(rec.id), name: String(rec.name ?? rec.term), aliases: (rec.aliases ?? []) as NamedRecord['aliases'] };
    }),
  );
  try {
    buildMatcher(nameables(named));
  } catch (error) {
    problems.push({ file: 'content/', message: (error as Error).message });
  }

  // <Claim by="..." via="..."> in the entries names a person or an organization.
  const parties = new Set([...(ids.get('people') ?? []), ...(ids.get('organizations') ?? [])]);
  if (unreadable.has('people') || unreadable.has('organizations')) return problems;
  for (const file of files.filter((f) => f.path.endsWith('.mdx'))) {
    for (const tag of file.text.matchAll(/<Claim\b([^>]*)>/g)) {
      const line = file.text.slice(0, tag.index).split('\n').length;
      const by = /\bby="([^"]*)"/.exec(tag[1] ?? '')?.[1];
      const via = /\bvia="([^"]*)"/.exec(tag[1] ?? '')?.[1];
      if (!by || !parties.has(by)) {
        problems.push({
          file: file.path,
          where: `line ${line}`,
          message: `a <Claim> needs by="..." set to a person or organization id${by ? `; "${by}" is neither` : ''}.`,
        });
      }
      if (via !== undefined && !ids.get('organizations')?.has(via)) {
        problems.push({ file: file.path, where: `line ${line}`, message: `the <Claim>'s via="${via}" is not an organization id.` });
      }
    }
  }
  return problems;
}
