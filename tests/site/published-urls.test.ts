import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectPublished, PUBLISHED_URLS_FILE, readRecord, resolvePublished } from '../../tools/published-urls.ts';
import { contentRedirects } from '../support/content.ts';
import { DIST, requireBuilt } from '../support/dist.ts';

const RECORD = readRecord();

describe('published URLs', () => {
  requireBuilt();
  const redirects = contentRedirects();

  it('every recorded URL and anchor still resolves', () => {
    // A record that went missing or empty would let every URL go unchecked.
    expect(RECORD.length, `${PUBLISHED_URLS_FILE} holds no URLs`).toBeGreaterThan(100);
    const broken = RECORD.map((url) => resolvePublished(url, DIST, redirects)).filter(Boolean);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('every URL the site publishes is recorded', () => {
    const recorded = new Set(RECORD);
    const unrecorded = collectPublished(DIST).filter((u) => !recorded.has(u));
    expect(
      unrecorded,
      `New URLs are not recorded yet; run npm run urls:record and commit ${PUBLISHED_URLS_FILE}:\n${unrecorded.join('\n')}`,
    ).toEqual([]);
  });
});

describe('resolvePublished', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A tiny built site: one page with one section. */
  function site(pages: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'isk-published-'));
    made.push(dir);
    for (const [path, body] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), `<!doctype html><main>${body}</main>`);
    }
    return dir;
  }

  it('fails when a heading was removed without keeping its anchor, and says how to fix it', () => {
    const dir = site({ 'a/': '<h2 id="new">Renamed</h2>' });
    expect(resolvePublished('/a/#old', dir, [])).toMatch(
      /^\/a\/#old: \/a\/ has no element with id "old" any more\. If the section was renamed, add "old: <its new id>" to the entry's formerAnchors/,
    );
  });

  it('resolves an old anchor kept as a former anchor', () => {
    const dir = site({ 'a/': '<span id="old" class="former-anchor"></span><h2 id="new">Renamed</h2>' });
    expect(resolvePublished('/a/#old', dir, [])).toBeUndefined();
  });

  it('fails for a moved page without a redirect, and resolves it through one', () => {
    const dir = site({ 'b/': '<h2 id="s">S</h2>', 'a/': '<p>forwarding</p>' });
    expect(resolvePublished('/gone/#s', dir, [])).toMatch(
      /^\/gone\/#s: the page \/gone\/ is gone\. To keep the link working, add a record to content\/redirects\.yaml/,
    );
    expect(resolvePublished('/a/#s', dir, [{ from: '/a/', to: '/b/' }])).toBeUndefined();
  });
});
