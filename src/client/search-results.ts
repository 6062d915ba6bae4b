/**
 * Builds the results of a search from the markup SearchPanel.astro keeps in <template>s: one item
 * per page found, leading to the section that holds the words (src/lib/search-landing.ts), with
 * its excerpt and the page's other matching sections. Text goes in as text nodes, never as HTML.
 */
import { excerptParts, type Landing, type ResultView } from '../lib/search-landing.ts';

/** Fills `el` with an excerpt, the searched words in <mark>. */
function fillExcerpt(el: Element, excerpt: string): void {
  const doc = el.ownerDocument;
  el.replaceChildren(
    ...excerptParts(excerpt).map(({ text, marked }) =>
      marked ? Object.assign(doc.createElement('mark'), { textContent: text }) : doc.createTextNode(text),
    ),
  );
}

/** Sets a link's target and words, and its excerpt beside it. */
function fillLanding(item: ParentNode, landing: Landing): void {
  const link = item.querySelector<HTMLAnchorElement>('[data-result-link]');
  if (link) {
    link.href = landing.url;
    link.textContent = landing.title;
  }
  const excerpt = item.querySelector('[data-result-excerpt]');
  if (excerpt) fillExcerpt(excerpt, landing.excerpt);
}

/** One result's list item, from the panel's templates. */
export function resultItem(panel: ParentNode, view: ResultView): HTMLLIElement | undefined {
  const template = panel.querySelector<HTMLTemplateElement>('template[data-search-result]');
  const sectionTemplate = panel.querySelector<HTMLTemplateElement>('template[data-search-section]');
  const item = template?.content.firstElementChild?.cloneNode(true);
  if (!(item instanceof HTMLLIElement)) return undefined;
  const context = item.querySelector('[data-result-context]');
  if (context) context.textContent = view.context;
  fillLanding(item, view.lead);
  const list = item.querySelector('[data-result-sections]');
  for (const landing of view.more) {
    const sub = sectionTemplate?.content.firstElementChild?.cloneNode(true);
    if (!(sub instanceof HTMLLIElement)) continue;
    fillLanding(sub, landing);
    list?.append(sub);
  }
  if (list && view.more.length === 0) list.remove();
  return item;
}
