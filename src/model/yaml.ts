import { parse } from 'yaml';
import type { ContentFile } from './files.ts';
import type { Problem } from './problems.ts';

/** A YAML file's value, or the problem that stops it being read (with its line where known). */
export function parseYamlFile(file: ContentFile): { value: unknown } | { problem: Problem } {
  try {
    return { value: parse(file.text) as unknown };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const why = String((error as Error).message)
      .split('\n')[0]
      ?.replace(/:$/, '');
    return { problem: { file: file.path, ...(line ? { where: `line ${line}` } : {}), message: `is not valid YAML (${why}).` } };
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
