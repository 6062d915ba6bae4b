// The modules src/integrations/pagefind-engine.ts gives the search interface at build time.
declare module 'virtual:pagefind-engine' {
  import type { PagefindModule } from '../lib/pagefind-api.ts';
  export const options: PagefindModule['options'];
  export const init: PagefindModule['init'];
  export const search: PagefindModule['search'];
  export const filters: PagefindModule['filters'];
  export const destroy: PagefindModule['destroy'];
}

declare module 'virtual:pagefind-wasm' {
  /** Pagefind's WebAssembly file for the site's language, as base64. */
  const wasm: string;
  export default wasm;
}
