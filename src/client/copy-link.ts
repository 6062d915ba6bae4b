/** How long the confirmation stays on screen, in milliseconds. */
const SHOWN_MS = 2500;

/**
 * Makes each section's "#" link also copy the section's permanent URL (the page's canonical URL
 * and the anchor), where the clipboard is available; the link still goes to the section. The
 * confirmation is shown on screen and announced by screen readers (a status region). Without the
 * clipboard, or without JavaScript, the link is a plain link.
 */
export function bindCopyLinks(doc: Document): void {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard) return;
  const status = doc.createElement('p');
  status.className = 'copy-toast';
  status.setAttribute('role', 'status');
  doc.body.append(status);
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener('click', async (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.heading__link');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = canonical.split('#')[0] + link.hash;
    try {
      await clipboard.writeText(url);
      status.textContent = 'Link to this section copied';
    } catch {
      status.textContent = '';
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), SHOWN_MS);
  });
}
