/** Where the files of a built site are: the folder dist/ (or any other build), by site path. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder `npm run build` writes. */
export const DIST = join(process.cwd(), 'dist');

/** Fails with a sentence, not a stack of ENOENTs, when a folder holds no built site. */
export function requireBuilt(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    const name = dir === DIST ? 'dist/' : dir;
    throw new Error(`${name} has no built site: run \`npm run build\` first (\`npm test\` does).`);
  }
}

/** Every HTML file of a build as its site path ("/leadership/founding/", "/404.html"), sorted. */
export function htmlPages(dir = DIST): string[] {
  requireBuilt(dir);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => '/' + relative(dir, join(dir, f)).split(sep).join('/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** The file a static host serves for a site path (folders serve index.html); query and fragment ignored. */
export function fileIn(dir: string, sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}
