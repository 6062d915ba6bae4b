/**
 * The site served from a sub-path: a second build with BASE_PATH=/isk/ and
 * SITE_URL=https://example.org, into node_modules/.cache/isk-subpath/. Every internal link and
 * asset must sit under /isk/ and resolve to a file of that build, every #fragment must exist, and
 * canonical URLs, the sitemap and robots.txt must use https://example.org/isk/.
 *
 * The build runs through Astro's JavaScript API (`build()` from 'astro'), in a child process on
 * this same Node, with its own `outDir` and its own `cacheDir`: the content cache of dist/ is
 * neither invalidated by the other base nor raced by a build running beside this one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { withBuildLock } from '../../tools/build-lock.ts';
import { cleanEnv } from '../support/build.ts';
import { builtPages, fileFor, indexablePages, page, publicPages, publicRoot, sitemapUrls } from '../support/dist.ts';

const SITE = 'https://example.org';
const BASE = '/isk/';
const ROOT = publicRoot(SITE, BASE); // https://example.org/isk/
const WORK = join(process.cwd(), 'node_modules', '.cache', 'isk-subpath');
const OUT = join(WORK, 'dist');
const BUILD = `
import { build } from 'astro';
await build({ outDir: process.env.ISK_OUT_DIR, cacheDir: process.env.ISK_CACHE_DIR, logLevel: 'warn' });
`;

/** The environment for the build: Vitest's additions removed (cleanEnv), the sub-path set. */
function buildEnv(): NodeJS.ProcessEnv {
  return { ...cleanEnv(), SITE_URL: SITE, BASE_PATH: BASE, ISK_OUT_DIR: OUT, ISK_CACHE_DIR: join(WORK, 'cache') };
}

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  try {
    // Test builds take turns: Astro writes part of every build into the project's .astro/.
    withBuildLock(() =>
      execFileSync(process.execPath, ['--input-type=module', '--eval', BUILD], {
        cwd: process.cwd(),
        env: buildEnv(),
        timeout: 170_000,
        maxBuffer: 32 * 1024 * 1024,
        stdio: 'pipe',
      }),
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The sub-path build failed.\n${stdout}\n${stderr}`, { cause: error });
  }
}, 180_000);

/** Where a URL in the build points: its site path under the sub-path, or null if it is not ours. */
function ownPath(url: URL): string | null {
  if (url.origin !== new URL(ROOT).origin) return null;
  return url.pathname;
}

/** Every URL an HTML page refers to: links, assets, forms, refreshes, canonical and Open Graph URLs. */
function references(pagePath: string): { value: string; url: URL }[] {
  const tree = page(pagePath, OUT);
  const pageUrl = new URL(pagePath.slice(1), ROOT);
  const values = [
    ...selectAll('a[href], link[href], area[href]', tree).map((el) => String(el.properties['href'])),
    ...selectAll('script[src], img[src], source[src], iframe[src]', tree).map((el) => String(el.properties['src'])),
    ...selectAll('form[action]', tree).map((el) => String(el.properties['action'])),
    ...selectAll('meta[property="og:url"]', tree).map((el) => String(el.properties['content'])),
    ...selectAll('meta[http-equiv="refresh"]', tree).map((el) => String(el.properties['content']).replace(/^\d+;\s*url=/i, '')),
  ];
  return values.map((value) => ({ value, url: new URL(value, pageUrl) }));
}

describe(`the site built under ${BASE} for ${SITE}`, () => {
  it('was built, with pages to check', () => {
    expect(builtPages(OUT).length).toBeGreaterThan(50);
  });

  it('every internal href and src is under /isk/ and resolves to a file of the build', () => {
    const wrong = builtPages(OUT).flatMap((from) =>
      references(from).flatMap(({ value, url }) => {
        const path = ownPath(url);
        if (path === null) return url.protocol === 'mailto:' ? [] : [`${from} → ${value} (another origin)`];
        if (!path.startsWith(BASE)) return [`${from} → ${value} (not under ${BASE})`];
        return existsSync(fileFor(path.slice(BASE.length - 1), OUT)) ? [] : [`${from} → ${value} (no such file)`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('every #fragment names an element on the page it points to', () => {
    const ids = (path: string) => new Set(selectAll('[id]', page(path, OUT)).map((el) => String(el.properties['id'])));
    const wrong = builtPages(OUT).flatMap((from) =>
      references(from).flatMap(({ value, url }) => {
        const path = ownPath(url);
        if (!url.hash || path === null || !path.startsWith(BASE) || !path.endsWith('/')) return [];
        const sitePath = path.slice(BASE.length - 1);
        if (!existsSync(fileFor(sitePath, OUT))) return []; // reported by the test above
        return ids(sitePath).has(decodeURIComponent(url.hash.slice(1))) ? [] : [`${from} → ${value}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('canonical and og:url are https://example.org/isk/ and the page’s own path', () => {
    const wrong = publicPages(OUT).flatMap((p) => {
      const tree = page(p, OUT);
      const canonical = selectAll('link[rel="canonical"]', tree).map((el) => String(el.properties['href']));
      const og = select('meta[property="og:url"]', tree)?.properties['content'];
      return canonical.length === 1 && canonical[0] === ROOT + p.slice(1) && og === canonical[0] ? [] : [`${p}: ${canonical.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('JSON-LD URLs are under https://example.org/isk/', () => {
    const urls = publicPages(OUT).flatMap((p) =>
      selectAll('script[type="application/ld+json"]', page(p, OUT)).flatMap((el) => toText(el).match(/https?:\/\/[^"]+/g) ?? []),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(ROOT) && !u.startsWith('https://schema.org'))).toEqual([]);
  });

  it('the sitemap lists https://example.org/isk/ URLs: every public page search engines may index, and nothing else', () => {
    const listed = sitemapUrls(ROOT, OUT);
    expect(listed.every((u) => u.startsWith(ROOT))).toBe(true);
    expect([...listed].sort()).toEqual(
      indexablePages(OUT)
        .map((p) => ROOT + p.slice(1))
        .sort(),
    );
  });

  it('robots.txt names the sitemap at https://example.org/isk/sitemap-index.xml', () => {
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}sitemap-index.xml\n`);
  });

  it('the 404 page’s suggestions link under /isk/', () => {
    const list = select('script#nf-pages', page('/404.html', OUT));
    expect(JSON.parse(list ? toText(list) : '{}')).toMatchObject({ base: BASE });
  });

  it('no file of the build names the default public address', () => {
    const text = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(html|xml|txt|json|csv|js)$/.test(f) && !f.startsWith('pagefind'),
    );
    expect(text.filter((f) => readFileSync(join(OUT, f), 'utf8').includes('isk-profile.example.org'))).toEqual([]);
  });
});
