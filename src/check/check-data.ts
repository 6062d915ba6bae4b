/**
 * Checks what the data files (people, organizations, places, events, figures, glossary, key facts)
 * say about the entries: every `anchor` and `introducedAt` must be a section of the profile.
 * Each record's schema and references are checked as the model reads it (src/model/records.ts).
 * Pure: given the content model.
 */
import type { ContentModel } from '../model/model.ts';
import type { Problem } from '../model/problems.ts';
import { RECORD_FILES } from '../model/records.ts';

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
 * @param model the content model
 * @param headingIds heading id → the entry file that has it (from the entries' check)
 * @param unparsed entry files that are not valid MDX: their headings are unknown, so anchors into them are not checked
 */
export function checkData(model: ContentModel, headingIds: ReadonlyMap<string, string>, unparsed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const name of RECORD_FILES) {
    const file = `content/${name}.yaml`;
    for (const [where, anchor] of anchorsIn(model.raw[name] ?? [], '')) {
      const [page, id] = anchor.split('#');
      const entry = `content${(page ?? '').replace(/\/$/, '')}.mdx`;
      if (/^\/[a-z]+\/[a-z0-9-]+\/#/.test(anchor) && !unparsed.has(entry) && headingIds.get(id ?? '') !== entry) {
        problems.push({
          file,
          where: `field "${where}"`,
          message: `${anchor} is not a section of the profile; use an entry's page and one of its heading ids.`,
        });
      }
    }
  }
  return problems;
}
