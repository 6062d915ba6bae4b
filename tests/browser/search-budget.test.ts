/**
 * What a reader's first search costs, counted as a gzip-ing host sends each file
 * (tools/page-weight.ts, sentBytes): everything fetched from the moment search opens on a reading
 * page until the results of "Ghafari" are shown and the network is quiet. The search interface
 * (with Pagefind's engine and WebAssembly inside), the index, the fragments of the results shown:
 * at most 90 KB in at most 7 requests, fewer than Starlight, the peer, which fetches about 90 KB
 * in 8 for the same search (BENCHMARKS.md). Bytes do not depend on the machine, so this is a test,
 * not a benchmark; the query goes in as one input, so no search of a part of it adds to the count.
 */
import { describe, expect, it } from 'vitest';
import { sentBytes } from '../../tools/page-weight.ts';
import { useBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { openSearch, resultsFor, searchBox } from '../support/search-ui.ts';

const BUDGET = { bytes: 90 * 1024, requests: 7 };

const web = useBrowser();

describe('the first search’s budget', () => {
  it(`fetches at most ${BUDGET.bytes / 1024} KB in at most ${BUDGET.requests} requests, engine, index and results included`, async () => {
    const page = await web.newPage();
    let fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${web.origin}/leadership/founding/`, { waitUntil: 'networkidle' });
    fetched = [];
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Ghafari');
    await resultsFor(dialog, 'Ghafari');
    await page.waitForLoadState('networkidle');
    await page.context().close();

    const files = fetched.map((path) => ({ path, bytes: sentBytes(DIST, path) }));
    const total = files.reduce((n, f) => n + f.bytes, 0);
    const list = files.map((f) => `  ${f.bytes} ${f.path}`).join('\n');
    // It counted a whole search: the interface (engine and WebAssembly inside), the index, results.
    for (const part of [/^\/_astro\/search-ui[.-][\w-]+\.js$/, /\.pf_meta$/, /\.pf_index$/, /\.pf_fragment$/]) {
      expect(
        files.some((f) => part.test(f.path)),
        `${part} among:\n${list}`,
      ).toBe(true);
    }
    // The engine and its WebAssembly come inside the interface's script, not as files of their own.
    expect(files.filter((f) => /\/pagefind\.js$|\/wasm\.\w+\.pagefind$/.test(f.path)).map((f) => f.path)).toEqual([]);
    expect(total, `${total} bytes:\n${list}`).toBeLessThanOrEqual(BUDGET.bytes);
    expect(files.length, list).toBeLessThanOrEqual(BUDGET.requests);
  });
});
