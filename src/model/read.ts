/**
 * Reads the content folder from disk: the one place that does. Everything else is given the
 * files' text (the content check, the model) or the model (Astro's collections, the plugins).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_FILE, type ContentFile } from './files.ts';

/**
 * Where the content lives: `content/` unless CONTENT_DIR says otherwise. Tests and benchmarks
 * build other content (a renamed fixture, synthetic profiles) through the same code this way.
 */
export function contentRoot(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/** Every content file under `dir`, sorted by path; paths read `content/...` whatever the folder. */
export function readContentFiles(dir = contentRoot()): ContentFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => CONTENT_FILE.test(f))
    .map((f) => ({ path: join('content', f).split('\\').join('/'), text: readFileSync(join(dir, f), 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
