import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort, serve, type Served } from '../../tools/serve.ts';

/** A tiny built site: a home page, a page in a folder, a 404 page and the host files. */
let dir: string;
const servers: Served[] = [];
const start = async (options: Parameters<typeof serve>[1] = {}) => {
  const served = await serve(dir, options);
  servers.push(served);
  return served;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'isk-serve-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'a/index.html'), '<p>a</p>');
  // A folder named `index`, as the A–Z index's /index/: a static host serves index/index.html.
  mkdirSync(join(dir, 'index'));
  writeFileSync(join(dir, 'index/index.html'), '<p>a to z</p>');
  writeFileSync(join(dir, '404.html'), '<p>not here</p>');
  writeFileSync(join(dir, 'style.css'), 'p{color:red}');
  writeFileSync(join(dir, 'style.css.gz'), gzipSync('p{color:red}'));
  writeFileSync(join(dir, '_headers'), "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'none'\n");
  writeFileSync(join(dir, '_redirects'), '/old/ /a/ 301\n');
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('serve', () => {
  it('serves a folder’s index.html for the folder, on 127.0.0.1', async () => {
    const site = await start();
    expect(site.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${site.origin}/a/`);
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe('<p>a</p>');
  });

  it('serves the folder /index/ its own index.html, not the home page', async () => {
    const site = await start();
    await expect((await fetch(`${site.origin}/index/`)).text()).resolves.toBe('<p>a to z</p>');
    await expect((await fetch(`${site.origin}/`)).text()).resolves.toBe('<p>home</p>');
  });

  it('answers an unknown address with 404.html and status 404, or a bare 404 when asked', async () => {
    const withPage = await fetch(`${(await start()).origin}/nothing/`);
    expect([withPage.status, await withPage.text()]).toEqual([404, '<p>not here</p>']);
    const bare = await fetch(`${(await start({ notFound: false })).origin}/nothing/`);
    expect([bare.status, await bare.text()]).toEqual([404, 'Not found']);
  });

  it('sends the headers of _headers only when asked, and as a function changes them', async () => {
    const plain = await fetch(`${(await start()).origin}/`);
    expect(plain.headers.get('x-frame-options')).toBeNull();
    const withHeaders = await fetch(`${(await start({ headers: true })).origin}/a/`);
    expect(withHeaders.headers.get('x-frame-options')).toBe('DENY');
    const rewritten = await fetch(`${(await start({ headers: (h) => h.filter(([name]) => name !== 'X-Frame-Options') })).origin}/`);
    expect([rewritten.headers.get('x-frame-options'), rewritten.headers.get('content-security-policy')]).toEqual([
      null,
      "default-src 'none'",
    ]);
  });

  it('answers the rules of _redirects with real redirects only when asked', async () => {
    const moved = await fetch(`${(await start({ redirects: true })).origin}/old/`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, '/a/']);
    const ignored = await fetch(`${(await start()).origin}/old/`, { redirect: 'manual' });
    expect(ignored.status).toBe(404);
  });

  it('sends the precompressed file to a client that accepts gzip, only when asked', async () => {
    const gzip = await fetch(`${(await start({ gzip: true })).origin}/style.css`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    await expect(gzip.text()).resolves.toBe('p{color:red}');
    const raw = await fetch(`${(await start()).origin}/style.css`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
  });

  it('listens on the port it is given', async () => {
    const port = await freePort();
    expect((await start({ port })).origin).toBe(`http://127.0.0.1:${port}`);
  });

  it('refuses a folder that holds no built site, with a sentence', async () => {
    await expect(serve(join(dir, 'a', 'missing'))).rejects.toThrow(/has no built site: build it first/);
  });
});
