/**
 * Serves a built folder on 127.0.0.1, as a static host would: folders serve their index.html.
 * The tests, the benchmarks and the screenshots all serve through this one module; the options
 * turn on what a given host does beyond plain files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, parseRedirectsFile } from './host-files.ts';

export interface ServeOptions {
  /** The port; 0 (the default) takes a free one. A build made for its own origin needs its port. */
  port?: number;
  /**
   * An unknown address gets the folder's 404.html with status 404, as the README asks of hosts.
   * Default true; false answers a bare "Not found".
   */
  notFound?: boolean;
  /**
   * Send the headers of the folder's `_headers`, as Netlify and Cloudflare Pages do. A function
   * also turns them on, and may change them, to show what a weaker policy would allow.
   */
  headers?: boolean | ((headers: [string, string][]) => [string, string][]);
  /** Answer the rules of the folder's `_redirects` with real redirects, as those hosts do. */
  redirects?: boolean;
  /** Send the `.gz` files written beside text files (bench/lib/precompress.ts) to clients that accept gzip. */
  gzip?: boolean;
}

export interface Served {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  close: () => Promise<void>;
}

/** A file of the folder, or a sentence that says to build first. */
function hostFile(dir: string, name: string): string {
  const file = join(dir, name);
  if (!existsSync(file)) throw new Error(`${dir} has no ${name}: build the site first (npm test does).`);
  return readFileSync(file, 'utf8');
}

/** Starts serving `dir`; `close()` stops the server and the connections a browser keeps open. */
export async function serve(dir: string, options: ServeOptions = {}): Promise<Served> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: build it first (npm run build).`);
  const { notFound = true, headers = false, redirects = false, gzip = false } = options;
  const files = sirv(dir, { dev: false, etag: true, gzip });
  const notFoundPage = notFound ? hostFile(dir, '404.html') : undefined;
  const headerRules = headers ? parseHeadersFile(hostFile(dir, '_headers')) : [];
  const rewrite = typeof headers === 'function' ? headers : (h: [string, string][]) => h;
  const redirectRules = redirects ? parseRedirectsFile(hostFile(dir, '_redirects')) : [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const rule = redirectRules.find((r) => r.from === path);
    if (rule) {
      res.writeHead(rule.status, { Location: rule.to });
      res.end();
      return;
    }
    for (const [name, value] of rewrite(headersFor(headerRules, path))) res.setHeader(name, value);
    // A folder serves its own index.html. sirv would first try `/index/` as `/index.html` (the
    // home page), unlike a static host; ask it for the folder's file by name.
    if (path.endsWith('/')) req.url = `${path}index.html${new URL(req.url ?? '/', 'http://host').search}`;
    files(req, res, () => {
      if (notFoundPage === undefined) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      } else {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(notFoundPage);
      }
    });
  };

  const server = createServer(handle);
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // A browser keeps its connections open; a test that failed may not have closed its page.
        server.closeAllConnections();
      }),
  };
}

/** A port that was free a moment ago, to build a site for before serving it there. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}
