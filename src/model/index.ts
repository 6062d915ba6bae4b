/**
 * The content model of the content folder, read from disk once per process. Astro loads its
 * config and the content config in separate module graphs, so the model is kept on globalThis:
 * both get the same one, and the folder is read and parsed once. Astro's content loaders ask for a
 * `fresh` read, as they run again when a file changes under `astro dev`; the model is parsed again
 * only if a file's text changed. Every other caller (pages, integrations, many times a build) gets
 * the model as it is, without reading the folder again.
 */
import { buildModel, type ContentModel } from './model.ts';
import type { Problem } from './problems.ts';
import { contentRoot, readContentFiles } from './read.ts';
import { shareModelModule } from './shared.ts';

interface Loaded {
  stamp: string;
  model: ContentModel;
  problems: Problem[];
}

const CACHE = Symbol.for('isk.content-model');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map<string, Loaded>()) as Map<string, Loaded>;

/** The content folder's model and its problems (none when the content is valid). */
export function loadContent(
  dir = contentRoot(),
  { fresh = false }: { fresh?: boolean } = {},
): { model: ContentModel; problems: Problem[] } {
  const cached = cache.get(dir);
  if (cached && !fresh) return cached;
  const files = readContentFiles(dir);
  // Reading the text is cheap; parsing it is what is done once.
  const stamp = files.map((f) => `${f.path}\0${f.text}`).join('\0');
  if (cached && cached.stamp === stamp) return cached;
  const loaded = { stamp, ...buildModel(files) };
  cache.set(dir, loaded);
  return loaded;
}

export type { ContentModel } from './model.ts';
export { contentRoot } from './read.ts';

shareModelModule({ loadContent, contentRoot });
