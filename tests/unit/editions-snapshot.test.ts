import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';
import remarkInlineClaims from '../../src/plugins/remark-inline-claims.ts';
import { snapshotOf, type SnapshotLabels } from '../../src/lib/editions/snapshot.ts';

const labels: SnapshotLabels = {
  claim: (by, via) => `Claim by ${by}${via ? `, through ${via}` : ''}:`,
  note: (kind) => `Kind ${kind}`,
  aka: (page, id) => (id === 'a' ? `Also known as: X (${page})` : undefined),
};

function tree(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds).use(remarkInlineClaims);
  return processor.runSync(processor.parse(mdx)) as Root;
}

const snap = (mdx: string) => snapshotOf([{ page: '/base/e/', title: 'T', summary: 'S', tree: tree(mdx) }], labels);

describe('snapshotOf', () => {
  it('records each heading section with its blocks, and the entry with its sections in order', () => {
    const state = snap('## First [#a]\n\nOne.\n\n## Second [#b]\n\nTwo.');
    expect(state.entries.get('/base/e/')).toEqual({ title: 'T', summary: 'S', sections: ['a', 'b'] });
    expect(state.sections.get('b')).toEqual({ page: '/base/e/', depth: 2, heading: 'Second', blocks: [{ p: [{ text: 'Two.' }] }] });
  });

  it('puts the line of other names under the heading the records name', () => {
    expect(snap('## First [#a]\n\nOne.').sections.get('a')!.blocks[0]).toEqual({ aka: 'Also known as: X (/base/e/)' });
  });

  it('keeps a claim as a run of its own behind its label, inside its paragraph', () => {
    const state = snap('## A [#b]\n\nBefore <Claim by="p" via="o">the claim.</Claim> After.');
    expect(state.sections.get('b')!.blocks).toEqual([
      { p: [{ text: 'Before ' }, { claim: 'Claim by p, through o:', text: 'the claim.' }, { text: ' After.' }] },
    ]);
  });

  it('records an editors’ note by its kind’s label, with its paragraphs', () => {
    const state = snap('## A [#b]\n\nText.\n\n<EditorNote kind="typo">\nA note.\n</EditorNote>');
    expect(state.sections.get('b')!.blocks[1]).toEqual({ note: 'Kind typo', paragraphs: [{ p: [{ text: 'A note.' }] }] });
  });

  it('ignores markup a reader does not read as words: links, emphasis, line breaks and extra spaces', () => {
    const plain = snap('## A [#b]\n\nThe word here and there.');
    const marked = snap('## A [#b]\n\nThe [word](/x/) *here*\nand   there.');
    expect(marked.sections.get('b')).toEqual(plain.sections.get('b'));
  });

  it('tells a changed word apart', () => {
    expect(snap('## A [#b]\n\nThe word.').sections.get('b')).not.toEqual(snap('## A [#b]\n\nThe words.').sections.get('b'));
  });
});
