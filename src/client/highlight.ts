/**
 * On a page reached from a search result (`?highlight=word`), marks the searched words with
 * Pagefind's highlighter. Pages opened any other way fetch nothing.
 */
import { addScript, SEARCH_SETTINGS } from './search-settings.ts';

/** Loads pagefind-highlight.js only when the URL asks for highlighting. */
export async function highlightSearchTerms(doc: Document, location: Location): Promise<void> {
  const { bundlePath, highlightParam } = SEARCH_SETTINGS;
  if (!new URLSearchParams(location.search).has(highlightParam)) return;
  const script = Object.assign(doc.createElement('script'), { type: 'module', src: `${bundlePath}pagefind-highlight.js` });
  await addScript(doc, script);
  const PagefindHighlight = window.PagefindHighlight;
  if (!PagefindHighlight) return;
  new PagefindHighlight({ highlightParam, markContext: '[data-pagefind-body]', addStyles: false });
  // The section's anchor is in view already (the browser scrolled to it); keep it there once the
  // marks have changed the layout above it.
  if (location.hash) doc.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

declare global {
  interface Window {
    PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
  }
}
