/**
 * Serves a built site on 127.0.0.1 as a static host configured as the README says: folders serve
 * index.html, and an address that is no file gets 404.html with status 404.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Served } from './server.ts';

export async function serveWithNotFound(dir: string): Promise<Served> {
  if (!existsSync(join(dir, '404.html'))) throw new Error(`${dir} has no 404.html: build the site first (npm test does).`);
  const handler = sirv(dir, { dev: false, etag: true });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
