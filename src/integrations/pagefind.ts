import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLES } from '../lib/search-bundles.ts';

/**
 * Builds the Pagefind search indexes (src/lib/search-bundles.ts) when Astro has written the pages,
 * so `npm run build` (and `npm start`) always ship search. Only elements marked
 * `data-pagefind-body` are indexed; pages without one (home, /profile/, /source/) are skipped.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'isk:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          for (const bundle of SEARCH_BUNDLES) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: site, glob: bundle.glob });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
            const written = await index.writeFiles({ outputPath: join(site, bundle.folder) });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
            logger.info(`Indexed ${added.page_count} pages for search into ${bundle.folder}/.`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
