/**
 * Editions, end to end on a copy of the content: publishing refuses when nothing changed; an
 * editors' note is reworded and an edition published; then a section is renamed (formerAnchors)
 * and its page moved (redirects.yaml). The build must keep the old words on the old pinned page,
 * show the new words on the current page, mark exactly the changed words, and say where the
 * renamed section went.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unrecordedChanges } from '../../src/check/unrecorded.ts';
import { loadContent } from '../../src/model/index.ts';
import { copyContent } from '../../tools/content-copy.ts';
import { buildInto, cleanEnv } from '../support/build.ts';

const OLD = 'it says only that he led IS-K from June 2020.';
const NEW = 'it only says that he had led IS-K since June 2020.';
const DATE = '2099-01-01';
let content: string;
let dist: string;
let first: string;
/** The editions published before the fixture's own (DATE). */
let before: string[];
const runs: Record<string, { code: number; out: string }> = {};

/** `npm run edition:publish` on the content copy. */
function publish(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['scripts/publish-edition.ts', ...args], {
      env: { ...cleanEnv(), CONTENT_DIR: content },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

const file = (sitePath: string) => fromHtml(readFileSync(join(dist, sitePath, 'index.html'), 'utf8'));

beforeAll(() => {
  content = copyContent();
  before = readdirSync(join(content, 'editions'))
    .sort()
    .map((f) => f.replace(/\.json$/, ''));
  first = before[0]!;
  runs['unchanged'] = publish('--note', 'Nothing.', '--date', DATE);
  const entry = join(content, 'leadership/leaders-killed.mdx');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(OLD, NEW));
  runs['before'] = { code: 0, out: unrecordedChanges(loadContent(content, { fresh: true }).model) ?? '' };
  runs['published'] = publish('--note', 'Reworded the editors’ note on Ghafari’s death.', '--date', DATE);
  runs['after'] = { code: 0, out: unrecordedChanges(loadContent(content, { fresh: true }).model) ?? '' };
  // After the edition: the section is renamed and its page moved.
  for (const f of readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|ya?ml)$/.test(f))) {
    const path = join(content, f);
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replaceAll('ghafari-killed', 'ghafari-death')
        .replaceAll('/leadership/leaders-killed/', '/leadership/fates/'),
    );
  }
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^---\n/, '---\nformerAnchors:\n  ghafari-killed: ghafari-death\n'));
  renameSync(entry, join(content, 'leadership/fates.mdx'));
  writeFileSync(join(content, 'redirects.yaml'), '- from: /leadership/leaders-killed/\n  to: /leadership/fates/\n');
  dist = join(dirname(content), 'dist');
  buildInto(dist, { CONTENT_DIR: content });
}, 240_000);

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

describe('publishing an edition', () => {
  it('refuses, with a sentence, when nothing a reader reads has changed', () => {
    expect(runs['unchanged']!.code).toBe(1);
    expect(runs['unchanged']!.out).toContain('Nothing a reader reads has changed since the edition of');
  });

  it('is asked for by the unrecorded-change check, which is content once it is published', () => {
    expect(runs['before']!.out).toContain('ghafari-killed (changed)');
    expect(runs['published']!.code, runs['published']!.out).toBe(0);
    expect(runs['after']!.out).toBe('');
  });

  it('stores only what changed: one section and its entry, a few KB', () => {
    const edition = JSON.parse(readFileSync(join(content, 'editions', `${DATE}.json`), 'utf8')) as { sections: object; entries: object };
    expect(Object.keys(edition.sections)).toEqual(['ghafari-killed']);
    expect(Object.keys(edition.entries)).toEqual(['/leadership/leaders-killed/']);
    expect(readFileSync(join(content, 'editions', `${DATE}.json`)).length).toBeLessThan(4096);
  });
});

describe('the pinned pages', () => {
  it('keep the old words in the old edition, and the new in the new', () => {
    const old = toText(select('main', file(`editions/${first}/leadership/leaders-killed`))!);
    const pinned = toText(select('main', file(`editions/${DATE}/leadership/leaders-killed`))!);
    expect(old).toContain(OLD);
    expect(pinned).toContain(NEW);
    expect(toText(select('main', file('leadership/fates'))!)).toContain(NEW);
  });

  it('mark exactly the changed words, deleted and inserted', () => {
    const tree = file(`editions/${first}/leadership/leaders-killed`);
    const words = (tag: string) =>
      selectAll(`.redline ${tag}`, tree).map((n) =>
        toText(n)
          .replace(/\[(deleted|inserted): |\]/g, '')
          .trim(),
      );
    expect(words('del')).toEqual(['says', 'from']);
    expect(words('ins')).toEqual(['says', 'had', 'since']);
  });

  it('say where a section renamed and moved since has gone, and keep its old anchor', () => {
    const tree = file(`editions/${DATE}/leadership/leaders-killed`);
    expect(select('#ghafari-killed', tree)).toBeTruthy();
    const moved = selectAll('.edition-change a', tree).map((a) => String(a.properties['href']));
    expect(moved).toContain('/leadership/fates/#ghafari-death');
  });

  it('are noindex, need no script (none in the page’s content) and are left out of search and the sitemap', () => {
    const html = readFileSync(join(dist, 'editions', DATE, 'leadership/leaders-killed/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(selectAll('main script', fromHtml(html))).toEqual([]);
    expect(selectAll('main .redline, main .edition-section', fromHtml(html)).length).toBeGreaterThan(0);
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(`/editions/${DATE}/leadership/`);
  });
});

describe('the editions list and feed', () => {
  it('list every edition, linking to its redlines', () => {
    const list = file('editions');
    expect(selectAll('.editions__list > li', list)).toHaveLength(before.length + 1);
    expect(selectAll('a', list).map((a) => String(a.properties['href']))).toContain(`/editions/${DATE}/#change-ghafari-killed`);
    expect(select('#change-ghafari-killed del', file(`editions/${DATE}`))).toBeTruthy();
  });

  it('has a feed that parses, with one item per edition', () => {
    const xml = readFileSync(join(dist, 'editions.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { entry: { id: string; content: { '#text': string } }[] };
    };
    expect(feed.feed.entry.map((e) => e.id)).toEqual([...before, DATE].map((d) => `https://isk-profile.example.org/editions/${d}/`));
    expect(feed.feed.entry.at(-1)!.content['#text']).toContain(`/editions/${DATE}/#change-ghafari-killed`);
  });
});
