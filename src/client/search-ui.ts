/**
 * The search interface, loaded only when a reader opens search (the header's dialog) or comes to
 * /search/: one self-contained script (see src/client/search-control.ts, which adds it to the page
 * and which it answers by putting its two entry points on `window.iskSearchUi`).
 */
import type { SearchSettings } from '../lib/search-config.ts';
import panelStyles from '../styles/search-panel.css?inline';
import { createSearchEngine } from './search-engine.ts';
import { bindSearchPanel } from './search-panel.ts';

/**
 * Gives the page the dialog's and the results' styles. They come in this script, not as a file of
 * their own, so opening search costs one request less; a constructed style sheet is not inline
 * style, so the Content-Security-Policy needs no exception for it.
 */
function adoptPanelStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelStyles);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Puts the dialog of the header's `<template data-search-dialog>` in the page and returns what
 * opens it. Pagefind starts loading at once, while the reader types. Closing it (Escape, its
 * button, or following a result) gives the focus back to `opener`.
 */
export function createSearchDialog(
  doc: Document,
  { settings, template, opener }: { settings: SearchSettings; template: HTMLTemplateElement; opener: HTMLElement },
): () => void {
  const engine = createSearchEngine(settings);
  engine.warm();
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  adoptPanelStyles(doc);
  const dialog = fragment.querySelector('dialog');
  const root = dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!dialog || !root) throw new Error('Search could not start: its dialog is missing from the page.');
  doc.body.append(dialog);
  const panel = bindSearchPanel(root, engine);
  dialog.addEventListener('close', () => opener.focus());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A result on this same page only changes the address's #section: close, so the section shows.
  dialog.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) dialog.close();
  });
  return () => {
    if (!dialog.open) dialog.showModal();
    panel.focus();
  };
}

/** Runs /search/: searches `?q=` at once, and keeps `?q=` in step with the box. */
export function startSearchPage(doc: Document, win: Window, settings: SearchSettings): void {
  const ui = doc.querySelector<HTMLElement>('[data-search-ui]');
  const root = ui?.querySelector<HTMLElement>('[data-search-panel]');
  if (!ui || !root) return;
  const engine = createSearchEngine(settings);
  engine.warm();
  // Replace, not push: the address follows the typing, and Back still leaves the search page.
  const panel = bindSearchPanel(root, engine, {
    onQuery(query) {
      const url = new URL(win.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      win.history.replaceState(null, '', url);
    },
  });
  ui.hidden = false;
  doc.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  const query = new URLSearchParams(win.location.search).get('q') ?? '';
  panel.focus();
  if (query) panel.search(query);
}

/** What the interface gives the header's script. */
export interface SearchUi {
  createSearchDialog: typeof createSearchDialog;
  startSearchPage: typeof startSearchPage;
}

declare global {
  interface Window {
    iskSearchUi?: SearchUi;
  }
}

window.iskSearchUi = { createSearchDialog, startSearchPage };
