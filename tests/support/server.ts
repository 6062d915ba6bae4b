/** Serves dist/ on 127.0.0.1 as a static host would, for browser tests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST, requireDist } from './dist.ts';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Starts a server on a free port; `close()` stops it. */
export async function serveDist(): Promise<Served> {
  requireDist();
  const handler = sirv(DIST, { dev: false, etag: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
