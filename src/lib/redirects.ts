/** Reads content/redirects.yaml (pages that moved) for the redirect pages and the host's rules. */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { type Redirect, redirectSchema } from '../schemas/redirect.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { formatProblem, zodProblems } from './check/issues.ts';

/**
 * The forwarding page's script: goes to the new address (its own `data-to`) with the #section.
 * Its text never changes, so the Content-Security-Policy can allow it by its hash.
 */
export const FORWARD_SCRIPT = 'location.replace(document.currentScript.dataset.to + location.hash);';

/** The redirects, or none if the file is absent. Problems are reported as plain sentences. */
export function loadRedirects(root = CONTENT_ROOT): Redirect[] {
  const path = `${root}/redirects.yaml`;
  if (!existsSync(path)) return [];
  const result = z.array(redirectSchema).safeParse(parse(readFileSync(path, 'utf8')) ?? [], { reportInput: true });
  if (!result.success) throw new Error(zodProblems('content/redirects.yaml', result.error).map(formatProblem).join('\n'));
  return result.data;
}

/** Netlify / Cloudflare Pages `_redirects` rules: real 301s, which keep the #section in every browser. */
export function hostRules(redirects: readonly Redirect[], base: string): string {
  const b = base.replace(/\/$/, '');
  return redirects.map((r) => `${b}${r.from} ${b}${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
