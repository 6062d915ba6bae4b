/** The project's real content as ContentFile records, to check it or to break a copy of it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../../src/lib/check/check-content.ts';

export const CONTENT = join(process.cwd(), 'content');

/** Every file the content check reads, with paths as content/... */
export function realContent(): ContentFile[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|ya?ml|txt)$/.test(f))
    .map((f) => ({ path: join('content', f).split('\\').join('/'), text: readFileSync(join(CONTENT, f), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The real content with one file replaced (or added). */
export function withFile(path: string, text: string): ContentFile[] {
  return [...realContent().filter((f) => f.path !== path), { path, text }];
}

export { relative };
