import type { z } from 'astro/zod';

/** One problem in the content, located as precisely as the checker can. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** The field (frontmatter or data) or `line N` where the problem is. */
  where?: string;
  /** A plain sentence saying what is wrong and, where it helps, how to fix it. */
  message: string;
}

/** "content/x.mdx, field "title": is missing." */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.where ? `, ${p.where}` : ''}: ${p.message}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))
    .join('.')
    .replace(/\.\[/g, '[');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing; it is required.'
        : `should be ${article(issue.expected)}, but is ${article(typeOf(issue.input))}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'is empty; write something.';
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`;
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}.`;
    case 'invalid_value':
      if (issue.input === undefined) return `is missing; it is required (one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}).`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return `${issue.message.replace(/\.$/, '')}.`;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

/**
 * Turns a zod error into one Problem per issue, naming the field in plain words.
 * Parse with `{ reportInput: true }` so wrong types can say what they got.
 */
export function zodProblems(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, so each names its field like any other problem.
      return issue.keys.map((key) => ({
        file,
        where: `field "${fieldName([...path, key])}"`,
        message: 'is not a known field; remove it or check its spelling.',
      }));
    }
    return {
      file,
      ...(path.length > 0 ? { where: `field "${fieldName(path)}"` } : {}),
      message: describe(issue),
    };
  });
}
