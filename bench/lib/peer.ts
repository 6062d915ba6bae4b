/**
 * The peer our figures are put beside: the site a user would build instead, Starlight on the same
 * note (../shared/peers/starlight, or PEER_DIR). The shared folder is read-only and is never
 * written to: it is copied to a temporary folder, where `npm ci` runs once, and every build there
 * is clean (no dist/, no .astro/, no cache).
 *
 * The peer's `npm run build` is `astro build` (checked below, so a change to it is noticed). It is
 * run as npm runs it, on the peer's own Node (its `node` devDependency) from its node_modules/.bin,
 * but without npm's own process around it, which our measured build does not have either.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { withBuildLock } from '../../tools/build-lock.ts';
import { type Measured, runMeasured } from './measure.ts';

/** Where the peer's sources are. */
export const PEER_SOURCE = resolve(process.env['PEER_DIR'] ?? join(process.cwd(), '../shared/peers/starlight'));

export interface Peer {
  /** "Starlight 0.42.4 (Astro 7.3.5, Node v22.23.3)". */
  name: string;
  /** The copy being built. */
  dir: string;
  /** One clean build, measured; its site is in `<dir>/dist` until the next. */
  build(): Promise<Measured>;
  /** Deletes the copy. */
  dispose(): void;
}

/** The version field of an installed package of the copy. */
const versionOf = (dir: string, pkg: string) =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Makes a copy of read-only files writable, so npm can install into it and builds can write. */
function writable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    chmodSync(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}

/** Copies the peer to a temporary folder and installs it (`npm ci`, once); prints npm's output. */
export function preparePeer(): Peer {
  const manifest = join(PEER_SOURCE, 'package.json');
  if (!existsSync(manifest)) throw new Error(`There is no peer at ${PEER_SOURCE}; set PEER_DIR to a copy of shared/peers/starlight.`);
  const script = (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts?.['build'];
  if (script !== 'astro build') throw new Error(`The peer's build script is "${script}", not "astro build": update bench/lib/peer.ts.`);

  const root = mkdtempSync(join(tmpdir(), 'isk-peer-'));
  const dir = join(root, 'starlight');
  const dispose = () => rmSync(root, { recursive: true, force: true });
  try {
    cpSync(PEER_SOURCE, dir, { recursive: true });
    writable(dir);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    dispose();
    throw error;
  }
  const bin = join(dir, 'node_modules/.bin');
  const node = join(bin, 'node');
  if (!existsSync(node)) throw new Error(`npm ci in ${dir} installed no node_modules/.bin/node (the peer's \`node\` devDependency).`);
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` };

  return {
    name: `Starlight ${versionOf(dir, '@astrojs/starlight')} (Astro ${versionOf(dir, 'astro')}, Node ${nodeVersion})`,
    dir,
    build: () => {
      // Clean: no earlier output, no content store or cache (Astro's default cacheDir is node_modules/.astro).
      for (const stale of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(dir, stale), { recursive: true, force: true });
      // It takes the project's build lock too, so that no build of ours runs beside it.
      return withBuildLock(() => runMeasured(node, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env }));
    },
    dispose,
  };
}
