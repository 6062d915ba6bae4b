/**
 * The 404 page: names the address that was asked for, and lists the pages closest to its words
 * (src/lib/suggest.ts) with a search for them. Without JavaScript the page says so in general and
 * lists the sections and entries.
 */
import { type PageRow, suggest, wordsOf } from '../lib/suggest.ts';

/** The page list 404.astro embeds: the site's base and every page. */
export interface PageList {
  base: string;
  pages: PageRow[];
}

/** Fills in the asked-for address and the suggestions. */
export function showSuggestions(doc: Document, location: Location): void {
  const data = doc.getElementById('nf-pages');
  const asked = doc.getElementById('nf-asked');
  const box = doc.getElementById('nf-suggestions');
  const list = doc.getElementById('nf-list');
  const none = doc.getElementById('nf-none');
  const search = doc.getElementById('nf-search');
  if (!data || !asked || !box || !list || !none || !search) return;
  const { base, pages } = JSON.parse(data.textContent ?? '{}') as PageList;
  let path = location.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: show the address as it came.
  }
  const sitePath = path.startsWith(base) ? path.slice(base.length - 1) : path;
  // Opened at its own address: nothing was asked for.
  if (sitePath === '/404.html' || sitePath === '/404/') return;

  const code = doc.createElement('code');
  code.textContent = path;
  asked.replaceChildren(code);

  const words = wordsOf(sitePath);
  if (words.length === 0) return;
  const found = suggest(sitePath, pages);
  for (const [pagePath, title] of found) {
    const link = doc.createElement('a');
    link.href = base + pagePath.slice(1);
    link.textContent = title;
    const item = doc.createElement('li');
    item.append(link);
    list.append(item);
  }
  list.hidden = found.length === 0;
  none.hidden = found.length > 0;
  search.setAttribute('href', `${base}search/?q=${encodeURIComponent(words.join(' '))}`);
  search.textContent = `Search for: ${words.join(' ')}`;
  box.hidden = false;
}
