/**
 * Astro content loaders that take the content model (src/model/) instead of reading the files
 * again: the YAML data, the source texts and the MDX entries, each read and parsed once. Astro
 * still checks every record with the collection's schema (with `reference()` between records),
 * and still renders each entry from its file (deferred rendering, as its glob loader does).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentModel } from '../model/index.ts';
import type { RecordFile, SettingsFile } from '../model/records.ts';
import { sharedModelModule } from '../model/shared.ts';

// The model module astro.config.mjs already loaded (src/model/shared.ts says why).
const { contentRoot, loadContent } = sharedModelModule() ?? (await import('../model/index.ts'));

/** A content path (`content/base/x.mdx`) as the file's path relative to the project root. */
function fileOf(root: URL, path: string): string {
  return relative(fileURLToPath(root), `${contentRoot()}/${path.replace(/^content\//, '')}`)
    .split('\\')
    .join('/');
}

/** Fills a collection's store from the model. */
type Fill = (model: ContentModel, context: LoaderContext) => Promise<void>;

/**
 * A loader that fills its collection from the model, and under `astro dev` fills it again when a
 * file under content/ changes, as Astro's glob and file loaders do for their own files. If the
 * changed content cannot be loaded, the collection keeps what it had and the reason is logged.
 */
function modelLoader(name: string, fill: Fill): Loader {
  return {
    name: `content-model:${name}`,
    load: async (context) => {
      const root = contentRoot();
      const sync = async () => {
        const { model } = loadContent(root, { fresh: true });
        context.store.clear();
        await fill(model, context);
      };
      await sync();
      if (!context.watcher) return;
      context.watcher.add(root);
      const onChange = (path: string) => {
        if (!path.startsWith(root)) return;
        sync().catch((error: unknown) => context.logger.error(`Could not reload the content: ${(error as Error).message}`));
      };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, onChange);
    },
  };
}

/** The records of one YAML file of content/ (a list of records with ids). */
export const modelRecords = (file: RecordFile | SettingsFile): Loader =>
  modelLoader(file, async (model, { store, parseData, config }) => {
    const filePath = fileOf(config.root, `content/${file}.yaml`);
    for (const item of model.raw[file] ?? []) {
      const id = String((item as { id: unknown }).id);
      store.set({ id, data: await parseData({ id, data: item as Record<string, unknown> }), filePath });
    }
  });

/** The verbatim texts of content/source/, by file name, unchanged. */
export const modelSourceTexts = (): Loader =>
  modelLoader('source-texts', async (model, { store, parseData, generateDigest, config }) => {
    for (const t of model.sourceTexts) {
      const data = await parseData({ id: t.id, data: { text: t.text } });
      store.set({ id: t.id, data, digest: generateDigest(t.text), filePath: fileOf(config.root, t.file.path) });
    }
  });

/** The MDX entries of one section folder; Astro renders each from its file when a page asks. */
export const modelEntries = (section: string): Loader =>
  modelLoader(section, async (model, { store, parseData, generateDigest, config }) => {
    for (const entry of model.entries.filter((e) => e.section === section)) {
      const filePath = fileOf(config.root, entry.file.path);
      const data = await parseData({ id: entry.id, data: entry.frontmatter, filePath: fileURLToPath(new URL(filePath, config.root)) });
      store.set({ id: entry.id, data, filePath, digest: generateDigest(entry.file.text), deferredRender: true });
    }
  });

/** Each section of every entry by its anchor, with its heading and its entry's title. */
export const modelSectionTitles = (): Loader =>
  modelLoader('section-titles', async (model, { store, parseData }) => {
    for (const [id, title] of model.sectionTitles) store.set({ id, data: await parseData({ id, data: { ...title } }) });
  });

/** For each record (`people/sanaullah-ghafari`), the sections that mention it, in reading order. */
export const modelMentions = (): Loader =>
  modelLoader('mentions', async (model, { store, parseData }) => {
    // A Map keeps the order keys were first set in: the order the profile first names each record.
    let first = 0;
    for (const [id, places] of model.mentions) store.set({ id, data: await parseData({ id, data: { first: first++, places } }) });
  });
