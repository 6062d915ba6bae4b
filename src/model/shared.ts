/**
 * The model module, shared between Astro's two module graphs. Astro imports astro.config.mjs with
 * Node, which loads src/model/ natively; it then loads the content config through Vite's runner,
 * which would transform the model's modules again (about 25 files, some 80 ms of a build) to
 * reach the same model. The first copy of src/model/index.ts to load registers itself here, and
 * the content loaders (src/loaders/model.ts) take it; they import it themselves only when no copy
 * is loaded yet (a tool that reads the content config alone).
 */
import type { contentRoot, loadContent } from './index.ts';

export interface ModelModule {
  loadContent: typeof loadContent;
  contentRoot: typeof contentRoot;
}

const KEY = Symbol.for('isk.content-model.module');
const shelf = globalThis as Record<symbol, ModelModule | undefined>;

/** Registers the model module, unless a copy already did. */
export function shareModelModule(module: ModelModule): void {
  shelf[KEY] ??= module;
}

/** The model module a copy registered, if any. */
export function sharedModelModule(): ModelModule | undefined {
  return shelf[KEY];
}
