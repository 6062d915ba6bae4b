/** Loads Pagefind's Component UI (script and stylesheet) from the built index, once. */

interface SearchConfig {
  bundlePath: string;
  baseUrl: string;
  highlightParam: string;
  ranking: Record<string, number>;
  mergeIndex: { bundlePath: string; indexWeight: number }[];
}

interface PagefindInstance {
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  on(event: 'search' | 'results', callback: (...args: unknown[]) => void): void;
  searchTerm: string;
}

declare global {
  interface Window {
    PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
    PagefindComponents?: {
      configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
    };
  }
}

let loading: Promise<PagefindInstance> | undefined;

/** The settings the page carries in `[data-search-config]` (see SearchConfig.astro). */
export function readSearchConfig(doc: Document): SearchConfig {
  const el = doc.querySelector<HTMLElement>('[data-search-config]');
  return JSON.parse(el?.dataset['searchConfig'] ?? '{}') as SearchConfig;
}

/** Adds a <script> or <link> to the head and waits for it to load (plain tags: no bundler helper). */
export function addToHead(doc: Document, el: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  const done = new Promise<void>((ok, fail) => {
    el.addEventListener('load', () => ok(), { once: true });
    el.addEventListener('error', () => fail(new Error(`Search could not load ${'src' in el ? el.src : el.href}.`)), { once: true });
  });
  doc.head.append(el);
  return done;
}

/**
 * Names Pagefind's filter dropdowns. Their button is a combobox, which takes no name from its own
 * text, and Pagefind names it only while a filter is selected; a visually hidden
 * `<label data-filter-label>` just before each dropdown names it the rest of the time. Pagefind
 * renders the button, with the id `<dropdown's id>-trigger`, only when it runs, so the label's `for`
 * is set here rather than in the HTML, where it would point at nothing.
 */
export function labelFilterDropdowns(root: ParentNode): void {
  for (const label of root.querySelectorAll<HTMLLabelElement>('label[data-filter-label]')) {
    const dropdown = label.nextElementSibling;
    if (dropdown?.id) label.htmlFor = `${dropdown.id}-trigger`;
  }
}

/** Fetches the Component UI and configures its default instance; later calls reuse it. */
export function loadPagefindUI(doc: Document): Promise<PagefindInstance> {
  loading ??= (async () => {
    const config = readSearchConfig(doc);
    const css = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: `${config.bundlePath}pagefind-component-ui.css` });
    const js = Object.assign(doc.createElement('script'), { src: `${config.bundlePath}pagefind-component-ui.js` });
    await Promise.all([addToHead(doc, css), addToHead(doc, js)]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Search could not start: Pagefind’s components did not load.');
    return components.configureInstance('default', {
      bundlePath: config.bundlePath,
      baseUrl: config.baseUrl,
      highlightParam: config.highlightParam,
      ranking: config.ranking,
      mergeIndex: config.mergeIndex,
    });
  })();
  return loading;
}
