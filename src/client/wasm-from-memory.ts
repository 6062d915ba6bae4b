/**
 * Pagefind fetches its WebAssembly by URL, with the page's `fetch`, and has no option to be given
 * it. The search interface carries the file (src/integrations/pagefind-engine.ts), so this answers
 * that one URL from memory, once, and then puts the page's `fetch` back: every other request, and
 * any later one for the same URL, goes to the network as before.
 */
export function serveOnceFromMemory(win: Window & typeof globalThis, url: string, base64: string): void {
  const network = win.fetch;
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const asked = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (asked !== url) return network.call(win, input, init);
    win.fetch = network;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return Promise.resolve(new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
  };
}
