/**
 * The search control in every page's header. It runs on every page and stays small: the search
 * interface (src/client/search-ui.ts, with its styles and Pagefind's engine) is fetched only when
 * the reader opens search (click, Enter, or Ctrl+K / ⌘K), and at once on /search/, which it
 * starts instead.
 *
 * The interface is a script of its own, added to the page when wanted. It is built as Vite builds a
 * worker (`?worker&url`), though it runs in the page: that makes one self-contained file, and keeps
 * `import()` out of this script, for which Vite would put its module-preloading helper (0.7 KB) on
 * every page.
 */
import searchUiUrl from './search-ui.ts?worker&url';
import type { SearchUi } from './search-ui.ts';
import { addScript, SEARCH_SETTINGS } from './search-settings.ts';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

let loading: Promise<SearchUi> | undefined;

/** Adds the interface's script to the page, once, and waits for it to announce itself. */
function loadSearchUi(doc: Document): Promise<SearchUi> {
  loading ??= addScript(doc, Object.assign(doc.createElement('script'), { src: searchUiUrl })).then(
    () => window.iskSearchUi ?? Promise.reject(new Error('Search could not start.')),
  );
  return loading;
}

/** Starts /search/, or makes the header's button open the search dialog. */
export function startSearchControl(doc: Document, win: Window): void {
  // The button shows instead of the form from the first paint (search.css); [data-search-off]
  // brings the form back where search cannot start.
  const control = doc.querySelector<HTMLElement>('.site-search');
  const searchOff = () => control?.setAttribute('data-search-off', '');

  // On the search page the page itself is the search; the header keeps its plain form there.
  // Without the interface (a file missing or blocked) the page keeps its no-JavaScript text.
  if (doc.querySelector('[data-search-page]')) {
    loadSearchUi(doc).then((ui) => ui.startSearchPage(doc, win, SEARCH_SETTINGS), console.warn);
    return;
  }

  const button = doc.querySelector<HTMLButtonElement>('[data-search-open]');
  const template = doc.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
  if (!button || !template) return searchOff();
  const shortcut = button.querySelector('[data-shortcut]');
  if (shortcut && isMac()) shortcut.textContent = '⌘ K';

  let opening: Promise<() => void> | undefined;
  const open = async () => {
    button.setAttribute('aria-busy', 'true');
    try {
      opening ??= loadSearchUi(doc).then((ui) => ui.createSearchDialog(doc, { settings: SEARCH_SETTINGS, template, opener: button }));
      (await opening)();
    } catch (error) {
      // Search is unavailable (a file missing or blocked): the form leads to the search page, which explains.
      console.warn(error);
      searchOff();
    } finally {
      button.removeAttribute('aria-busy');
    }
  };

  button.addEventListener('click', () => void open());
  doc.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      void open();
    }
  });
}
