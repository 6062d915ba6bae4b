import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Loads the verbatim texts in a folder (`*.txt`) as entries whose id is the file name and whose
 * data is the text, unchanged. Astro's glob loader has no parser for plain text, hence this.
 */
export function sourceTexts(folder: string): Loader {
  return {
    name: 'source-texts',
    load: async ({ store, parseData, generateDigest, logger }) => {
      store.clear();
      const files = (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort();
      for (const id of files) {
        const text = await readFile(join(folder, id), 'utf8');
        const data = await parseData({ id, data: { text } });
        store.set({ id, data, digest: generateDigest(text) });
      }
      logger.info(`Loaded ${files.length} source text(s) from ${folder}.`);
    },
  };
}
