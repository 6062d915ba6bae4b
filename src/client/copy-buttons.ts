/** How long "Copied" stays in the status before it clears, in milliseconds. */
const SHOWN_MS = 3000;

/**
 * Shows every `[data-copy]` button and copies the text of the element whose id it names. Where
 * the clipboard is unavailable (no JavaScript, or a page not served over HTTPS) the buttons stay
 * hidden, and the text can still be selected by hand. `data-crlf` on the element restores the
 * CR LF line ends that HTML parsing turns into LF (RIS requires them).
 */
export function bindCopyButtons(doc: Document): void {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard) return;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const source = doc.getElementById(button.dataset['copy'] ?? '');
    if (!source) continue;
    const status = button.parentElement?.querySelector('[data-copy-status]');
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let text = source.textContent ?? '';
      if (source.hasAttribute('data-crlf')) text = text.replace(/\r?\n/g, '\r\n');
      let said = 'Copied';
      try {
        await clipboard.writeText(text);
      } catch {
        said = 'Not copied: select the text instead';
      }
      if (!status) return;
      status.textContent = said;
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), SHOWN_MS);
    });
  }
}
