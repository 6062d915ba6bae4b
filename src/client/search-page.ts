/** Runs the /search/ page: shows Pagefind's UI, searches `?q=` on load, keeps `?q=` in step. */
import { labelFilterDropdowns, loadPagefindUI } from './pagefind-ui.ts';

/** Starts search on the search page; the no-JavaScript text stays if loading fails. */
export async function startSearchPage(doc: Document, win: Window): Promise<void> {
  const ui = doc.querySelector<HTMLElement>('[data-search-ui]');
  const fallback = doc.querySelector<HTMLElement>('[data-search-fallback]');
  if (!ui) return;
  let instance;
  try {
    instance = await loadPagefindUI(doc);
  } catch (error) {
    console.warn(error);
    return;
  }
  labelFilterDropdowns(ui);
  ui.hidden = false;
  if (fallback) fallback.hidden = true;

  const query = new URLSearchParams(win.location.search).get('q') ?? '';
  const input = ui.querySelector<HTMLInputElement>('pagefind-input input');
  if (input) {
    input.value = query;
    input.focus();
  }
  if (query) instance.triggerSearch(query);

  // Replace, not push: the address follows the typing, and Back still leaves the search page.
  instance.on('search', (term) => {
    const url = new URL(win.location.href);
    if (term) url.searchParams.set('q', String(term));
    else url.searchParams.delete('q');
    win.history.replaceState(null, '', url);
  });
}
