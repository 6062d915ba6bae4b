import { describe, expect, it } from 'vitest';
import { serveOnceFromMemory } from '../../src/client/wasm-from-memory.ts';

/** A window whose network answers every URL with its own name, and records what it was asked. */
function fakeWindow() {
  const asked: string[] = [];
  const network = (input: RequestInfo | URL) => {
    asked.push(String(input));
    return Promise.resolve(new Response(`network: ${String(input)}`));
  };
  const win = { fetch: network } as unknown as Window & typeof globalThis;
  return { win, asked, network };
}

describe('serveOnceFromMemory', () => {
  it('answers the one URL from memory, once, with the decoded bytes, and then gives fetch back', async () => {
    const { win, asked, network } = fakeWindow();
    serveOnceFromMemory(win, '/pagefind/wasm.en.pagefind', Buffer.from([0, 1, 2, 250, 255]).toString('base64'));
    const first = await win.fetch('/pagefind/wasm.en.pagefind');
    expect([...new Uint8Array(await first.arrayBuffer())]).toEqual([0, 1, 2, 250, 255]);
    expect(asked).toEqual([]);
    expect(win.fetch).toBe(network);
    await expect((await win.fetch('/pagefind/wasm.en.pagefind')).text()).resolves.toBe('network: /pagefind/wasm.en.pagefind');
  });

  it('sends every other request to the network, and keeps waiting for its URL', async () => {
    const { win, asked, network } = fakeWindow();
    serveOnceFromMemory(win, '/pagefind/wasm.en.pagefind', 'AA==');
    await expect((await win.fetch('/pagefind/pagefind-entry.json')).text()).resolves.toBe('network: /pagefind/pagefind-entry.json');
    await win.fetch(new URL('http://127.0.0.1/pagefind/wasm.en.pagefind'));
    expect(asked).toEqual(['/pagefind/pagefind-entry.json', 'http://127.0.0.1/pagefind/wasm.en.pagefind']);
    expect(win.fetch).not.toBe(network);
  });
});
