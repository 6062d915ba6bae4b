import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import type { ContentFile } from './files.ts';
import type { Problem } from './problems.ts';

const require = createRequire(import.meta.url);

/**
 * Why a text is not valid YAML, as the `yaml` package says it: it points at the line where the
 * mistake starts (an unclosed quote's line), where js-yaml points where it noticed. Loaded only
 * when a file is broken.
 */
function yamlProblem(file: ContentFile, fallback: unknown): Problem {
  let error: unknown = fallback;
  try {
    (require('yaml') as typeof import('yaml')).parse(file.text);
  } catch (e) {
    error = e;
  }
  const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
  const why = String((error as Error).message)
    .split('\n')[0]
    ?.replace(/:$/, '');
  return { file: file.path, ...(line ? { where: `line ${line}` } : {}), message: `is not valid YAML (${why}).` };
}

/** A YAML file's value, or the problem that stops it being read (with its line where known). */
function parseYamlFile(file: ContentFile): { value: unknown } | { problem: Problem } {
  try {
    // js-yaml: the parser Astro uses for frontmatter, several times faster than `yaml` on our files.
    return { value: load(file.text, { filename: file.path }) };
  } catch (error) {
    return { problem: yamlProblem(file, error) };
  }
}

/** A YAML file that must hold a list of records: its items, or a problem. */
export function parseYamlList(file: ContentFile): { items: unknown[] } | { problem: Problem } {
  const parsed = parseYamlFile(file);
  if ('problem' in parsed) return parsed;
  if (parsed.value === null || parsed.value === undefined) return { items: [] };
  if (!Array.isArray(parsed.value)) {
    return { problem: { file: file.path, message: 'must be a YAML list of records (each starting with "- id: ...").' } };
  }
  return { items: parsed.value };
}
