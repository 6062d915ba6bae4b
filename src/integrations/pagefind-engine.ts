import * as pagefind from 'pagefind';
import type { Plugin } from 'vite';
import { SEARCH_LANGUAGE } from '../lib/search-config.ts';

/** Pagefind's own browser module (pagefind.js), to bundle into the search interface. */
export const ENGINE_MODULE = 'virtual:pagefind-engine';
/** Pagefind's WebAssembly for the site's language, as base64: `export default "..."`. */
export const WASM_MODULE = 'virtual:pagefind-wasm';

interface EngineFiles {
  script: string;
  wasm: Buffer;
}

let files: Promise<EngineFiles> | undefined;

/**
 * The engine's files as this Pagefind writes them. They do not depend on the site (only on
 * Pagefind's version and the language), so an index of one made-up page gives them before any
 * page is built; the npm package holds them only inside its binary.
 */
function engineFiles(): Promise<EngineFiles> {
  files ??= (async () => {
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      await index.addCustomRecord({ url: '/', content: 'search', language: SEARCH_LANGUAGE });
      const got = await index.getFiles();
      if (got.errors.length > 0) throw new Error(`Pagefind could not give its files: ${got.errors.join('; ')}`);
      const file = (path: string) => {
        const found = got.files.find((f) => f.path === path);
        if (!found) throw new Error(`Pagefind wrote no ${path}.`);
        return Buffer.from(found.content);
      };
      return { script: file('pagefind.js').toString('utf8'), wasm: file(`wasm.${SEARCH_LANGUAGE}.pagefind`) };
    } finally {
      await pagefind.close();
    }
  })();
  return files;
}

/**
 * Gives the search interface Pagefind's engine and WebAssembly as modules, so that opening search
 * fetches one script instead of three files (the interface, pagefind.js, the WASM). Base64 costs
 * 0.6 KB once gzip-ed: the WASM is already compressed, and gzip takes base64 back near its size.
 */
export function pagefindEngine(): Plugin {
  const ids = new Set([ENGINE_MODULE, WASM_MODULE]);
  return {
    name: 'isk:pagefind-engine',
    resolveId: (id) => (ids.has(id) ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${ENGINE_MODULE}`) return (await engineFiles()).script;
      if (id === `\0${WASM_MODULE}`) return `export default ${JSON.stringify((await engineFiles()).wasm.toString('base64'))};`;
      return undefined;
    },
  };
}
