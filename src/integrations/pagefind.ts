import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadContent } from '../model/index.ts';
import { INDEX_CHUNK_SIZE, INDEXED_PAGES, SEARCH_FOLDER, SEARCH_LANGUAGE, SPELLING_FILE } from '../lib/search-config.ts';
import { pagefindEngine } from './pagefind-engine.ts';
import { spellingListText } from '../lib/spelling-list.ts';

/**
 * Files of Pagefind's bundle the site never asks for: its three ready-made interfaces (search has
 * its own), its worker (the engine runs on the page's thread) and the WebAssembly without stemming
 * (the site is indexed as English). pagefind.js and the English WebAssembly stay: the tests search
 * the built index with them from Node.
 */
const UNUSED_FILES = /^(pagefind-(ui|component-ui|modular-ui)\.(js|css)|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

/** A file of Pagefind's bundle: its path in the bundle and its bytes. */
interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** The pages' fragments (gzip: a signature, then JSON), one object per page. */
function fragments(files: BundleFile[]): { content?: unknown }[] {
  return files
    .filter((f) => f.path.startsWith('fragment/'))
    .flatMap((f) => {
      const raw = gunzipSync(f.content);
      if (raw.subarray(0, 12).toString('utf8') !== 'pagefind_dcd')
        throw new Error(`${f.path} is not a Pagefind fragment this build can read.`);
      const data = JSON.parse(raw.subarray(12).toString('utf8')) as Record<string, unknown>;
      // A file of bundled fragments (Pagefind's maxFragments) maps page hashes to fragments.
      return (typeof data['content'] === 'string' ? [data] : Object.values(data)) as { content?: unknown }[];
    });
}

/**
 * Pagefind's bundle for the built site in `site`: one index of INDEXED_PAGES, in its files. The
 * chunk size is read by Pagefind's binary from the environment when the Node API starts it.
 */
async function indexSite(site: string): Promise<{ files: BundleFile[]; pages: number }> {
  const before = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`Pagefind could not give its files: ${got.errors.join('; ')}`);
    return { files: got.files, pages: added.page_count };
  } finally {
    await pagefind.close();
    if (before === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = before;
  }
}

/**
 * Indexes the built site in `site` and writes the search bundle into its SEARCH_FOLDER, as the
 * build does (bench/search-tune.ts indexes copies of the site with it). Pagefind's own writeFiles
 * gives the same bytes in twice the time (90 ms against 45 here), and writes its ready-made
 * interfaces and its worker too, which the site does not use.
 */
export async function writeSearchIndex(site: string): Promise<{ files: BundleFile[]; pages: number }> {
  const bundle = join(site, SEARCH_FOLDER);
  const indexed = await indexSite(site);
  for (const file of indexed.files.filter((f) => !UNUSED_FILES.test(f.path))) {
    const path = join(bundle, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return indexed;
}

/** Every name and other name of the records, as written. */
function recordNames(): string[] {
  const { records } = loadContent().model;
  return [
    ...[...records.people, ...records.organizations, ...records.places].map((r) => [r.name, ...r.aliases.map((a) => a.text)]),
    ...records.glossary.map((r) => [r.term, ...r.aliases.map((a) => a.text)]),
  ].flat();
}

/**
 * Builds the search index when Astro has written the pages, so `npm run build` (and `npm start`)
 * always ship search: one index of the entries and the record pages (INDEXED_PAGES), whose record
 * pages count less (RECORD_WEIGHT, set on their page). Then writes the spelling list beside it
 * (src/lib/spelling-list.ts) from the words Pagefind indexed and the records' names.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'isk:pagefind',
    hooks: {
      // The search interface bundles Pagefind's engine: a Vite plugin gives it as modules. The
      // interface is built as a worker is (src/client/search-control.ts), so workers get it too.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [pagefindEngine()], worker: { plugins: () => [pagefindEngine()] } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = join(fileURLToPath(dir), SEARCH_FOLDER);
        const { files, pages } = await writeSearchIndex(fileURLToPath(dir));
        // Pagefind reads every page the glob matches and indexes those with data-pagefind-body.
        const indexed = fragments(files);
        logger.info(`Indexed ${indexed.length} of ${pages} pages read for search into ${SEARCH_FOLDER}/.`);
        // The text of every page as Pagefind indexed it.
        const list = spellingListText(
          indexed.map((p) => String(p.content ?? '')),
          recordNames(),
        );
        writeFileSync(join(bundle, SPELLING_FILE), list);
        logger.info(`Wrote the spelling list: ${list.split('\n').length - 1} names and words.`);
      },
    },
  };
}
