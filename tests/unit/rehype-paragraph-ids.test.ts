import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Element, Root } from 'hast';
import { noteSentences } from '../../src/lib/paragraph-anchors.ts';
import rehypeParagraphIds from '../../src/plugins/rehype-paragraph-ids.ts';
import rehypeJsxAsElements, { MDX_NODES } from '../support/mdx-jsx.ts';

const note = noteSentences([
  { number: 5, text: 'One of five. Two of five. Three of five.' },
  { number: 7, text: 'Seven starts here. It goes on.' },
]);

/** An earlier plugin that gives the first paragraph an id of its own. */
const idFirst = () => (tree: Root) => {
  const first = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'p');
  if (first) first.properties['id'] = 'set-earlier';
};

function render(mdx: string, { path = 'content/base/x.mdx', twice = false, before = false } = {}): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype, { passThrough: MDX_NODES });
  if (before) processor.use(idFirst);
  processor.use(rehypeParagraphIds, { note });
  if (twice) processor.use(rehypeParagraphIds, { note });
  return String(
    processor
      .use(rehypeJsxAsElements)
      .use(rehypeStringify)
      .processSync(new VFile({ path, value: mdx })),
  );
}

describe('rehypeParagraphIds', () => {
  it('gives a paragraph that starts paragraph 7 of the note the anchor p7', () => {
    expect(render('Seven starts here. It goes on.')).toBe('<p id="p7">Seven starts here. It goes on.</p>');
  });

  it('gives the part of a split paragraph that starts at its third sentence the anchor p5-s3', () => {
    expect(render('One of five. Two of five.\n\nThree of five.')).toBe(
      '<p id="p5">One of five. Two of five.</p>\n<p id="p5-s3">Three of five.</p>',
    );
  });

  it('reads the sentence through a <Claim> that wraps it', () => {
    expect(render('<Claim by="x">Two of five.</Claim> Three of five.')).toBe(
      '<p id="p5-s2"><claim by="x">Two of five.</claim> Three of five.</p>',
    );
  });

  it('leaves an editors’ note alone, even when it quotes the note', () => {
    expect(render('<EditorNote kind="typo">\nSeven starts here.\n</EditorNote>')).toBe(
      '<editornote kind="typo"><p>Seven starts here.</p></editornote>',
    );
  });

  it('leaves a paragraph alone that does not start with a sentence of the note', () => {
    expect(render('The editors add that Seven starts here.')).toBe('<p>The editors add that Seven starts here.</p>');
  });

  it('keeps an existing id', () => {
    expect(render('Seven starts here.\n\nThree of five.', { before: true })).toBe(
      '<p id="set-earlier">Seven starts here.</p>\n<p id="p5-s3">Three of five.</p>',
    );
  });

  it('leaves files that are not entries alone', () => {
    expect(render('Seven starts here.', { path: 'src/pages/about.mdx' })).toBe('<p>Seven starts here.</p>');
  });

  it('changes nothing when run twice', () => {
    const mdx = 'One of five.\n\nThree of five.\n\n<Claim by="x">Seven starts here.</Claim>';
    const once = render(mdx);
    expect(once).toBe(
      '<p id="p5">One of five.</p>\n<p id="p5-s3">Three of five.</p>\n<p id="p7"><claim by="x">Seven starts here.</claim></p>',
    );
    expect(render(mdx, { twice: true })).toBe(once);
  });
});
