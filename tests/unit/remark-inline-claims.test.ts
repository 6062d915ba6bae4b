import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkInlineClaims from '../../src/plugins/remark-inline-claims.ts';
import rehypeJsxAsElements, { MDX_NODES } from '../support/mdx-jsx.ts';

function render(mdx: string, { plugin = true, twice = false } = {}): string {
  const processor = unified().use(remarkParse).use(remarkMdx);
  if (plugin) processor.use(remarkInlineClaims);
  if (twice) processor.use(remarkInlineClaims);
  return String(processor.use(remarkRehype, { passThrough: MDX_NODES }).use(rehypeJsxAsElements).use(rehypeStringify).processSync(mdx));
}

const BLOCK = '<Claim by="zabihullah-mujahid" via="amaq">\nThe Taliban denied it.\n</Claim>';

describe('remarkInlineClaims', () => {
  it('turns a <Claim> that stands on its own lines into a paragraph holding the claim, attributes kept', () => {
    // Without the plugin, MDX makes the claim a block around a paragraph.
    expect(render(BLOCK, { plugin: false })).toBe('<claim by="zabihullah-mujahid" via="amaq"><p>The Taliban denied it.</p></claim>');
    expect(render(BLOCK)).toBe('<p><claim by="zabihullah-mujahid" via="amaq">The Taliban denied it.</claim></p>');
  });

  it('keeps the inline markup inside the claim', () => {
    expect(render('<Claim by="x">\nThe *Taliban* denied it.\n</Claim>')).toBe(
      '<p><claim by="x">The <em>Taliban</em> denied it.</claim></p>',
    );
  });

  it('leaves a claim that is already inline in its paragraph alone', () => {
    const inline = 'They said <Claim by="x">it was theirs</Claim>.';
    expect(render(inline)).toBe('<p>They said <claim by="x">it was theirs</claim>.</p>');
    expect(render(inline)).toBe(render(inline, { plugin: false }));
  });

  it('leaves a claim that holds several paragraphs alone', () => {
    const two = '<Claim by="x">\nFirst.\n\nSecond.\n</Claim>';
    expect(render(two)).toBe('<claim by="x"><p>First.</p><p>Second.</p></claim>');
    expect(render(two)).toBe(render(two, { plugin: false }));
  });

  it('leaves other JSX alone: an editors’ note stays a block', () => {
    expect(render('<EditorNote kind="context">\nA note.\n</EditorNote>')).toBe('<editornote kind="context"><p>A note.</p></editornote>');
  });

  it('changes nothing when run twice', () => {
    const mdx = `${BLOCK}\n\nText between.\n\n<Claim by="y">\nAnother.\n</Claim>`;
    const once = render(mdx);
    expect(once).toBe(
      '<p><claim by="zabihullah-mujahid" via="amaq">The Taliban denied it.</claim></p>\n<p>Text between.</p>\n<p><claim by="y">Another.</claim></p>',
    );
    expect(render(mdx, { twice: true })).toBe(once);
  });
});
