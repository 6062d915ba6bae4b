import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileIn, htmlPages, requireBuilt } from '../../tools/site-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'isk-site-files-'));
for (const file of ['index.html', '404.html', 'a/index.html', 'a/b/index.html', 'a/style.css']) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), '');
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('htmlPages', () => {
  it('lists every HTML file as its site path, folders by their index.html, sorted', () => {
    expect(htmlPages(dir)).toEqual(['/', '/404.html', '/a/', '/a/b/']);
  });
});

describe('fileIn', () => {
  it('maps a site path to the file a static host serves, ignoring the query and the fragment', () => {
    expect(fileIn(dir, '/a/b/?q=x#s')).toBe(join(dir, 'a/b/index.html'));
    expect(fileIn(dir, '/a/style.css')).toBe(join(dir, 'a/style.css'));
    expect(fileIn(dir, '/a%20b/')).toBe(join(dir, 'a b/index.html'));
  });
});

describe('requireBuilt', () => {
  it('passes a built folder and names one that holds no site, saying to build it', () => {
    expect(() => requireBuilt(dir)).not.toThrow();
    expect(() => requireBuilt(join(dir, 'a', 'nothing'))).toThrow(/nothing has no built site: run `npm run build` first/);
  });
});
