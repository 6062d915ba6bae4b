/**
 * Writes `file.gz` beside each text file of a build (gzip level 9), as a host that precompresses
 * would keep them; tools/serve.ts with `gzip: true` then sends those to browsers that accept
 * gzip. Only for a build of the benchmark's own: it adds files to the folder.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Text files a host compresses. Pagefind's index and fragments are gzip files already. */
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|csv)$/;

export function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}
