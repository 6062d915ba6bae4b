/**
 * The browser tests' fixture: `const web = useBrowser()` at the top of a test file launches one
 * headless Chromium and serves dist/ once, before the file's tests, and closes the browser (and
 * with it every context and page) and every server after them. Without a Chromium, the file fails
 * with tools/chromium.ts's sentence saying how to get one; without a build, with one saying to build.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tools/chromium.ts';
import { serve, type Served, type ServeOptions } from '../../tools/serve.ts';
import { DIST, requireBuilt } from './dist.ts';

type ContextOptions = Parameters<Browser['newContext']>[0];

export interface UseBrowserOptions {
  /** The built site to serve: dist/ by default, or a function for a folder a beforeAll builds first. */
  dir?: string | (() => string);
  /** How to serve it (tools/serve.ts): by default as the README asks of hosts, with 404.html. */
  serve?: ServeOptions;
}

export interface BrowserFixture {
  /** The browser, for contexts of any kind. */
  readonly browser: Browser;
  /** Where the site is served: `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** A page in a fresh context (empty cache and storage), with the context's options; close it with `page.context().close()`. */
  newPage(options?: ContextOptions): Promise<Page>;
  /** A fresh context, for tests that prepare it before opening a page. */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** The same site served again with other options, as another host would; stopped with the rest. */
  serve(options: ServeOptions): Promise<Served>;
}

/** Registers the file's beforeAll and afterAll; the fixture's members work inside tests and hooks. */
export function useBrowser(options: UseBrowserOptions = {}): BrowserFixture {
  let browser: Browser | undefined;
  let site: Served | undefined;
  const servers: Served[] = [];
  const folder = () => (typeof options.dir === 'function' ? options.dir() : (options.dir ?? DIST));
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not ready: use it inside a test or a hook, after useBrowser()'s beforeAll.`);
    return value;
  };

  beforeAll(async () => {
    requireBuilt(folder());
    const started = await Promise.allSettled([launchChromium(), serve(folder(), options.serve)]);
    if (started[0].status === 'fulfilled') browser = started[0].value;
    if (started[1].status === 'fulfilled') servers.push((site = started[1].value));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  const fixture: BrowserFixture = {
    get browser() {
      return ready(browser, 'browser');
    },
    get origin() {
      return ready(site, 'server').origin;
    },
    async newPage(contextOptions) {
      const context = await fixture.browser.newContext(contextOptions);
      return context.newPage();
    },
    newContext: (contextOptions) => fixture.browser.newContext(contextOptions),
    async serve(more) {
      const served = await serve(folder(), more);
      servers.push(served);
      return served;
    },
  };
  return fixture;
}
