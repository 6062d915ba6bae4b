import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../src/lib/toc.ts';
import { byOrder, neighbours } from '../../src/lib/reading-order.ts';
import { entriesByParagraph } from '../../src/lib/source-links.ts';
import { formatDate, joinList } from '../../src/lib/format.ts';

describe('nestHeadings', () => {
  it('puts h3s under the h2 before them and leaves deeper headings out', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
    expect(nestHeadings([h(3, 'pre'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(2, 'b')])).toEqual([
      { ...h(3, 'pre'), children: [] },
      { ...h(2, 'a'), children: [h(3, 'a1')] },
      { ...h(2, 'b'), children: [] },
    ]);
  });
});

describe('reading order', () => {
  const items = [
    { id: 'b', section: 's', data: { order: 2 } },
    { id: 'a', section: 's', data: { order: 2 } },
    { id: 'c', section: 's', data: { order: 1 } },
  ];

  it('sorts by order, then by id so ties never depend on the file system', () => {
    expect(byOrder(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('finds the neighbours, and none past either end', () => {
    const order = byOrder(items);
    expect(neighbours(order, { id: 'a', section: 's' })).toEqual({ prev: order[0], next: order[2] });
    expect(neighbours(order, { id: 'c', section: 's' }).prev).toBeUndefined();
    expect(neighbours(order, { id: 'b', section: 's' }).next).toBeUndefined();
  });
});

describe('entriesByParagraph', () => {
  it('lists every entry holding a paragraph, split paragraphs under each', () => {
    const e = (id: string, paragraphs: number[], sourceId = 'gp-851') => ({ section: 's', id, title: id, sourceId, paragraphs });
    const map = entriesByParagraph('gp-851', [e('x', [1]), e('y', [2, 3]), e('z', [3]), e('other', [1], 'gp-1')]);
    expect([...map].map(([n, list]) => [n, list.map((i) => i.id)])).toEqual([
      [1, ['x']],
      [2, ['y']],
      [3, ['y', 'z']],
    ]);
  });
});

describe('format', () => {
  it('writes dates as the note does', () => {
    expect(formatDate('2024-03-28')).toBe('28 March 2024');
  });

  it('joins lists with commas and a final "and"', () => {
    expect([joinList([]), joinList([1]), joinList([1, 2]), joinList([1, 2, 3])]).toEqual(['', '1', '1 and 2', '1, 2 and 3']);
  });
});
