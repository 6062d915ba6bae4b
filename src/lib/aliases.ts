/** Reads content/aliases.yaml for the build (the Markdown pipeline runs before collections load). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { type AliasRecord, aliasRecordSchema } from '../schemas/alias.ts';
import { zodProblems, formatProblem } from './check/issues.ts';

/** The alias records; throws one plain sentence per problem if the file is wrong. */
export function loadAliases(path = 'content/aliases.yaml'): AliasRecord[] {
  const result = z.array(aliasRecordSchema).safeParse(parse(readFileSync(path, 'utf8')), { reportInput: true });
  if (!result.success) {
    throw new Error(zodProblems(path, result.error).map(formatProblem).join('\n'));
  }
  return result.data;
}
