/**
 * Turns the header's search form into a button that opens Pagefind's search dialog. Nothing of
 * Pagefind is fetched until the reader opens search (click, Enter, or Ctrl+K / Cmd+K).
 */
import { labelFilterDropdowns, loadPagefindUI } from './pagefind-ui.ts';

interface PagefindModalElement extends HTMLElement {
  open(): void;
  dialogEl?: HTMLDialogElement | null;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Swaps the form for the dialog button and binds the keyboard shortcut. */
export function enhanceSearchControl(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  const button = doc.querySelector<HTMLButtonElement>('[data-search-open]');
  const template = doc.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
  if (!form || !button || !template) return;
  // On the search page the page itself is the search; the header keeps its plain form there.
  if (doc.querySelector('[data-search-page]')) return;

  form.hidden = true;
  button.hidden = false;
  const shortcut = button.querySelector('[data-shortcut]');
  if (shortcut && isMac()) shortcut.textContent = '⌘ K';

  let modal: PagefindModalElement | undefined;
  const open = async () => {
    if (!modal) {
      button.setAttribute('aria-busy', 'true');
      try {
        const instance = await loadPagefindUI(doc);
        // Start fetching the search engine and index now, while the reader types.
        void instance.triggerLoad();
        doc.body.append(template.content.cloneNode(true));
        labelFilterDropdowns(doc.body);
        await customElements.whenDefined('pagefind-modal');
        modal = doc.body.querySelector<PagefindModalElement>('pagefind-modal') ?? undefined;
        // Focus goes back to the button that opened search when the dialog closes.
        modal?.querySelector('dialog')?.addEventListener('close', () => button.focus());
      } catch (error) {
        // Search is unavailable (index missing, blocked script): the search page still explains.
        console.warn(error);
        form.hidden = false;
        button.hidden = true;
        return;
      } finally {
        button.removeAttribute('aria-busy');
      }
    }
    modal?.open();
  };

  button.addEventListener('click', open);
  doc.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      void open();
    }
  });
}
