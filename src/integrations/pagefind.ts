import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadContent } from '../model/index.ts';
import { INDEX_CHUNK_SIZE, INDEXED_PAGES, SEARCH_FOLDER, SEARCH_LANGUAGE, SPELLING_FILE } from '../lib/search-config.ts';
import { pagefindEngine } from './pagefind-engine.ts';
import { spellingListText } from '../lib/spelling-list.ts';

/** The text of every page as Pagefind indexed it, from its fragments (gzip: a signature, then the page's JSON). */
function indexedTexts(bundle: string): string[] {
  const dir = join(bundle, 'fragment');
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file)));
    if (raw.subarray(0, 12).toString('utf8') !== 'pagefind_dcd') throw new Error(`${file} is not a Pagefind fragment this build can read.`);
    const data = JSON.parse(raw.subarray(12).toString('utf8')) as Record<string, unknown>;
    // A file of bundled fragments (Pagefind's maxFragments) maps page hashes to fragments.
    const pages = (typeof data['content'] === 'string' ? [data] : Object.values(data)) as { content?: unknown }[];
    return pages.map((p) => String(p.content ?? '')).join('\n');
  });
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
        if (process.env.NO_PF) return;
        const t0 = performance.now();
        const site = fileURLToPath(dir);
        const bundle = join(site, SEARCH_FOLDER);
        // Read by Pagefind's binary when the Node API starts it (see INDEX_CHUNK_SIZE).
        const before = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search into ${SEARCH_FOLDER}/. ${performance.now() - t0}`);
        } finally {
          await pagefind.close();
          if (before === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
          else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = before;
        }
        logger.info(`closed ${performance.now() - t0}`);
        const list = spellingListText(indexedTexts(bundle), recordNames());
        writeFileSync(join(bundle, SPELLING_FILE), list);
        logger.info(`Wrote the spelling list: ${list.split('\n').length - 1} names and words.`);
      },
    },
  };
}
