/**
 * Runs one search panel (SearchPanel.astro), in the header's dialog or on /search/: searches as the
 * reader types, shows the first results and a button for more, says how many there are in a live
 * region, offers another spelling when it answered with one, and filters by section and kind. The
 * filters' counts are fetched only once the reader turns to a filter. Arrow keys move between the
 * box and the results' links.
 */
import type { PagefindFilterCounts, PagefindResult } from '../lib/pagefind-api.ts';
import type { Answer } from '../lib/search-answer.ts';
import { MIN_QUERY_LENGTH, RESULTS_SHOWN } from '../lib/search-config.ts';
import { resultView } from '../lib/search-landing.ts';
import type { SearchEngine } from './search-engine.ts';
import { resultItem } from './search-results.ts';

export interface SearchPanel {
  /** Puts a query in the box and searches it at once. */
  search(query: string): void;
  /** Focuses the box, its text selected. */
  focus(): void;
}

export interface PanelOptions {
  /** Called with each query searched (the search page keeps its address in step). */
  onQuery?: (query: string) => void;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** Binds the panel under `root` to the engine. */
export function bindSearchPanel(root: HTMLElement, engine: SearchEngine, options: PanelOptions = {}): SearchPanel {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const input = $<HTMLInputElement>('[data-search-input]')!;
  const count = $<HTMLElement>('[data-search-count]')!;
  const suggestion = $<HTMLElement>('[data-search-suggestion]')!;
  const list = $<HTMLOListElement>('[data-search-results]')!;
  const more = $<HTMLButtonElement>('[data-search-more]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  let shown: { answer: Answer; results: PagefindResult[]; next: number } | undefined;
  let filtersLoaded: Promise<unknown> | undefined;

  const filters = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['searchFilter'] ?? '', s.value]));

  /** Shows each filter value's count for the words searched, once the filters are loaded. */
  const showCounts = (counts: PagefindFilterCounts) => {
    for (const select of selects) {
      const values = counts[select.dataset['searchFilter'] ?? ''];
      if (!values) continue;
      for (const option of select.options) {
        if (!option.value) continue;
        option.textContent = `${option.value} (${values[option.value] ?? 0})`;
      }
    }
  };

  /** Adds the next results to the list; the first of them takes the focus when `focus` is set. */
  const showMore = async (focus: boolean) => {
    const current = shown;
    if (!current) return;
    const batch = current.results.slice(current.next, current.next + RESULTS_SHOWN);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (shown !== current || !engine.isCurrent(current.answer)) return;
    const items = data.map((d) => resultItem(root, resultView(d))).filter((li) => li !== undefined);
    list.append(...items);
    current.next += batch.length;
    more.hidden = current.next >= current.results.length;
    more.textContent = `More results (${(current.results.length - current.next).toLocaleString('en')} more)`;
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const clear = (message = '') => {
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
    suggestion.hidden = true;
    count.textContent = message;
  };

  const render = async (reply: Answer) => {
    const { found, searched, insteadOf } = reply;
    shown = { answer: reply, results: found.results, next: 0 };
    list.replaceChildren();
    await showMore(false);
    if (!engine.isCurrent(reply)) return;
    if (filtersLoaded) showCounts(found.totalFilters);
    const n = found.results.length;
    const filtered = Object.keys(filters()).length > 0 ? ' with these filters' : '';
    count.textContent = n > 0 ? `${plural(n, 'result')} for “${searched}”${filtered}` : `No results for “${searched}”${filtered}`;
    suggestion.hidden = insteadOf === undefined;
    if (insteadOf !== undefined) {
      $('[data-search-suggested]')!.textContent = searched;
      $('[data-search-as-typed]')!.textContent = `Search for ${insteadOf} instead`;
    }
  };

  const run = async (query: string, now = false, asTyped = false) => {
    const words = query.trim();
    options.onQuery?.(words);
    if (words.replace(/\s/g, '').length < MIN_QUERY_LENGTH) {
      engine.cancel();
      clear();
      return;
    }
    try {
      const reply = await engine.ask(words, { filters: filters(), now, asTyped });
      if (reply) await render(reply);
    } catch (error) {
      console.warn(error);
      clear('Search could not load. Try again later, or read the whole profile.');
    }
  };

  input.addEventListener('input', () => void run(input.value));
  more.addEventListener('click', () => void showMore(true));
  $('[data-search-as-typed]')?.addEventListener('click', () => {
    void run(input.value, true, true);
    input.focus();
  });
  for (const select of selects) {
    // The counts cost a file per filter: fetched when the reader turns to a filter, not before.
    const wantCounts = () => {
      filtersLoaded ??= engine.loadFilters().then(() => run(input.value, true));
    };
    select.addEventListener('focus', wantCounts);
    select.addEventListener('pointerdown', wantCounts);
    select.addEventListener('change', () => void run(input.value, true));
  }

  // Arrow keys: from the box down into the results' links and back.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (event.target === input && event.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (at >= 0 && event.key === 'ArrowDown') links[at + 1]?.focus();
    else if (at > 0) links[at - 1]?.focus();
    else if (at === 0) input.focus();
    else return;
    event.preventDefault();
  });

  return {
    search(query) {
      input.value = query;
      void run(query, true);
    },
    focus() {
      input.focus();
      input.select();
    },
  };
}
