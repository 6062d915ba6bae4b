/**
 * Serves any built folder on 127.0.0.1 as tests/support/server.ts serves dist/ (sirv, no dev
 * mode), on a port of our choosing: a build made with SITE_URL set to its own origin must be
 * served on that very port.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Text files a host compresses. Pagefind's index and fragments are gzip files already. */
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|csv)$/;

/**
 * Writes `file.gz` beside each text file of `dir` (gzip level 9), as a host that precompresses
 * would serve them; serveDir(dir, port, { gzip: true }) then sends those to browsers that accept
 * gzip. Only for a build of the benchmark's own: it adds files to `dir`.
 */
export function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** A port that was free a moment ago, to build for before serving on it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port); `close()` stops it. With `gzip`, files
 * that precompress() wrote are sent gzip-encoded to clients that accept it.
 */
export async function serveDir(dir: string, port = 0, options: { gzip?: boolean } = {}): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: true, gzip: options.gzip ?? false });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
