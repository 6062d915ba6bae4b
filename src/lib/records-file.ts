/**
 * Reads the named records (people, organizations, places, glossary) straight from content/ for
 * the Markdown plugins, which run before Astro's collections are loaded. Only names, aliases and
 * where each thing is introduced are read here; the schemas are checked by `check:content`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Alias } from '../schemas/shared.ts';
import { NAMED_COLLECTIONS, type Nameable, type NamedCollection } from './mentions.ts';

export interface NamedRecord {
  collection: NamedCollection;
  id: string;
  /** Display name (for glossary terms, the term). */
  name: string;
  aliases: Alias[];
  /** The section that introduces it (glossary terms have none). */
  introducedAt?: string;
}

/** All named records of content/. A broken file names itself; `check:content` says more. */
export function loadNamedRecords(contentDir = 'content'): NamedRecord[] {
  return NAMED_COLLECTIONS.flatMap((collection) => {
    const path = join(contentDir, `${collection}.yaml`);
    if (!existsSync(path)) return [];
    let list: unknown;
    try {
      list = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path} is not valid YAML; run npm run check:content for details. (${(error as Error).message.split('\n')[0]})`, {
        cause: error,
      });
    }
    if (!Array.isArray(list)) throw new Error(`${path} must be a YAML list of records.`);
    return list.map((r: Record<string, unknown>) => ({
      collection,
      id: String(r['id']),
      name: String(r['name'] ?? r['term']),
      aliases: (Array.isArray(r['aliases']) ? r['aliases'] : []) as Alias[],
      ...(typeof r['introducedAt'] === 'string' ? { introducedAt: r['introducedAt'] } : {}),
    }));
  });
}

/** What the mention matcher needs: each record with the names the note uses for it. */
export function nameables(records: readonly NamedRecord[]): Nameable[] {
  return records.map((r) => ({
    collection: r.collection,
    id: r.id,
    names: [r.name, ...r.aliases.filter((a) => a.source === 'note').map((a) => a.text)],
  }));
}
