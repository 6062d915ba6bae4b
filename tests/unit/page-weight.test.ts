import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSize, htmlCss, jsTotal, pageWeight } from '../../tools/page-weight.ts';

const dir = mkdtempSync(join(tmpdir(), 'isk-weight-'));
const files: Record<string, string> = {
  '_astro/site.css': 'body{margin:0}'.repeat(20),
  '_astro/page.js': 'import "./shared.js";import("./lazy.js");console.log("page")',
  '_astro/shared.js': 'export const shared = 1;'.repeat(10),
  '_astro/lazy.js': 'console.log("only when asked")'.repeat(50),
  '_astro/preloaded.js': 'export const p = 2;',
  'entry/index.html':
    '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="https://other.example/x.css">' +
    '<link rel="modulepreload" href="/_astro/preloaded.js"><script type="module" src="../_astro/page.js"></script>' +
    '<script>document.documentElement.dataset.theme="dark"</script><script type="application/ld+json">{"@type":"Article"}</script>' +
    '</head><body><p>text</p></body></html>',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pageWeight', () => {
  const weight = pageWeight(dir, '/entry/');

  it('counts the HTML and the page’s own style sheets, each as gzip -9 sends it', () => {
    expect(weight.html).toBe(gzipSize(files['entry/index.html']!));
    expect([...weight.css]).toEqual([['/_astro/site.css', gzipSize(files['_astro/site.css']!)]]);
    expect(htmlCss(weight)).toBe(weight.html + gzipSize(files['_astro/site.css']!));
  });

  it('counts the scripts that run at once, what they import statically, and preloaded modules; not import(), not data', () => {
    expect([...weight.jsFiles.keys()].sort()).toEqual(['/_astro/page.js', '/_astro/preloaded.js', '/_astro/shared.js']);
    expect(weight.jsInline).toBe(gzipSize('document.documentElement.dataset.theme="dark"'));
    const expected = ['page.js', 'preloaded.js', 'shared.js'].reduce((n, f) => n + gzipSize(files[`_astro/${f}`]!), weight.jsInline);
    expect(jsTotal(weight)).toBe(expected);
  });
});
