import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { remove } from 'unist-util-remove';
import type { Element, Root } from 'hast';
import { normalizeSpace } from '../../src/lib/sentences.ts';
import { builtPages, page } from '../support/dist.ts';
import { NOTE, SENTENCES } from '../support/note.ts';
import { paragraphs } from '../../src/lib/source-text.ts';

/**
 * The note's text on a page: the entries' prose without the editors' additions (notes) and
 * without the section headings, which are the editors' too.
 */
function noteText(tree: Root): string {
  const prose = structuredClone(selectAll('main .prose', tree)) as Element[];
  const root: Root = { type: 'root', children: prose };
  remove(root, (node) => {
    if (node.type !== 'element') return false;
    const props = (node as Element).properties;
    return props['dataEditorial'] !== undefined || (Array.isArray(props['className']) && props['className'].includes('heading'));
  });
  return normalizeSpace(toText(root, { whitespace: 'normal' }));
}

const entryPages = builtPages().filter((p) => /^\/(base|leadership|ideology|operations)\/[^/]+\/$/.test(p));
const texts = new Map(entryPages.map((p) => [p, noteText(page(p))]));

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

describe('source fidelity', () => {
  it('finds the 11 entry pages and the 37 sentences of the note', () => {
    expect(entryPages).toHaveLength(11);
    expect(SENTENCES).toHaveLength(37);
  });

  it.each(SENTENCES.map(([n, s], i) => [i + 1, n, s] as const))(
    'sentence %i (paragraph %i) appears word for word in exactly one entry page: %s',
    (_i, _n, sentence) => {
      const found = [...texts].map(([p, text]) => [p, occurrences(text, sentence)] as const).filter(([, c]) => c > 0);
      expect(
        found.reduce((sum, [, c]) => sum + c, 0),
        `found in ${JSON.stringify(found)}`,
      ).toBe(1);
    },
  );

  it('the entry pages hold nothing of the note but its sentences (no stray words)', () => {
    let rest = [...texts.values()].join(' ');
    for (const [, sentence] of SENTENCES) rest = rest.replace(sentence, ' ');
    expect(normalizeSpace(rest)).toBe('');
  });

  it('the whole-profile page holds every sentence once', () => {
    const text = noteText(page('/profile/'));
    const missing = SENTENCES.filter(([, s]) => occurrences(text, s) !== 1);
    expect(missing).toEqual([]);
  });

  it('the source page holds every paragraph verbatim, numbered as its anchor', () => {
    const tree = page('/source/');
    for (const p of paragraphs(NOTE)) {
      const el = selectAll(`#p${p.number}`, tree)[0];
      expect(el, `#p${p.number}`).toBeDefined();
      expect(normalizeSpace(toText(el!))).toBe(normalizeSpace(`${p.number} ${p.text}`));
    }
  });

  it('the source page links each paragraph to the entries that hold it, and each entry links back', () => {
    const tree = page('/source/');
    for (const p of paragraphs(NOTE)) {
      const where = selectAll(`#p${p.number} ~ .source__where a`, tree).map((a) => String(a.properties['href']));
      expect(where.length, `paragraph ${p.number}`).toBeGreaterThan(0);
      for (const entry of where) {
        const back = selectAll('.entry-source a', page(entry)).map((a) => String(a.properties['href']));
        expect(back, `${entry} links back to paragraph ${p.number}`).toContain(`/source/#p${p.number}`);
      }
    }
  });
});
