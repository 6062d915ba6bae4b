/**
 * Serves a built site on 127.0.0.1 as Netlify or Cloudflare Pages would: with the headers of its
 * `_headers` file, folders serving index.html, and 404.html (status 404) for any other address.
 * `rewrite` may change the headers a file gets, to show what a weaker policy would allow.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Served } from './server.ts';

export interface HeaderRule {
  /** The path pattern: `/*`, `/isk/*` or an exact path. */
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file: a path line, then its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header under a path.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path (`*` matches anything, `/` included). */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

export async function serveWithHeaders(
  dir: string,
  rewrite: (headers: [string, string][]) => [string, string][] = (h) => h,
): Promise<Served> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) throw new Error(`${dir} has no _headers: build the site first (npm test does).`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  const handler = sirv(dir, { dev: false, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const headers = rewrite(rules.filter((r) => matches(r.path, path)).flatMap((r) => r.headers));
    for (const [name, value] of headers) res.setHeader(name, value);
    handler(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        // A browser keeps its connections open; a test that failed may not have closed it.
        server.closeAllConnections();
      }),
  };
}
