/** What every search script needs: the page's search settings, and a way to add a file to the head. */
import type { SearchSettings } from '../lib/search-config.ts';

/** The settings the page carries in `[data-search-config]` (SearchConfig.astro). */
export function readSearchSettings(doc: Document): SearchSettings | undefined {
  const json = doc.querySelector<HTMLElement>('[data-search-config]')?.dataset['searchConfig'];
  return json ? (JSON.parse(json) as SearchSettings) : undefined;
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
