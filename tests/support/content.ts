/** The project's real content as ContentFile records, to check it or to break a copy of it. */
import { join } from 'node:path';
import type { ContentFile } from '../../src/model/files.ts';
import { readContentFiles } from '../../src/model/read.ts';
import { loadContent } from '../../src/model/index.ts';

export const CONTENT = join(process.cwd(), 'content');

/** Every file the content model reads, with paths as content/... */
export function realContent(): ContentFile[] {
  return readContentFiles(CONTENT);
}

/** The real content with one file replaced (or added). */
export function withFile(path: string, text: string): ContentFile[] {
  return [...realContent().filter((f) => f.path !== path), { path, text }];
}

/** The moved pages of a content folder (content/redirects.yaml), as the content model reads them. */
export function contentRedirects(dir = CONTENT) {
  return loadContent(dir, { fresh: true }).model.redirects;
}
