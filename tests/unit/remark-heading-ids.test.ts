import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';

function render(markdown: string, path = 'content/base/x.mdx', options = {}): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds, options).use(remarkRehype).use(rehypeStringify);
  return String(processor.processSync(new VFile({ path, value: markdown })));
}

describe('remarkHeadingIds', () => {
  it('moves a trailing [#id] to the heading id and out of its text', () => {
    expect(render('## Leaders killed in US strikes [#leaders-killed]')).toBe('<h2 id="leaders-killed">Leaders killed in US strikes</h2>');
  });

  it('keeps the id when the heading has inline markup before it', () => {
    expect(render('### The *Khorasan* Shura [#shura]')).toBe('<h3 id="shura">The <em>Khorasan</em> Shura</h3>');
  });

  it('keeps an id set earlier', () => {
    const processor = unified()
      .use(remarkParse)
      .use(() => (tree: Root) => {
        tree.children[0]!.data = { hProperties: { id: 'first' } };
      })
      .use(remarkHeadingIds)
      .use(remarkRehype)
      .use(rehypeStringify);
    expect(String(processor.processSync(new VFile({ path: 'content/x.mdx', value: '## Title [#second]' })))).toBe(
      '<h2 id="first">Title</h2>',
    );
  });

  it('changes nothing when run twice', () => {
    const processor = unified().use(remarkParse).use(remarkHeadingIds).use(remarkHeadingIds).use(remarkRehype).use(rehypeStringify);
    expect(String(processor.processSync(new VFile({ path: 'content/x.mdx', value: '## Title [#t]' })))).toBe('<h2 id="t">Title</h2>');
  });

  it('leaves brackets that are not a trailing id alone', () => {
    expect(render('## Figures [estimate] and more [#figures]')).toBe('<h2 id="figures">Figures [estimate] and more</h2>');
  });

  it('fails on a content heading without an id, naming the heading and the way to fix it', () => {
    expect(() => render('## No id')).toThrow(/The heading "No id" has no permanent id/);
  });

  it('lets headings outside content/ go without an id', () => {
    expect(render('## Free heading', 'src/pages/about.md')).toBe('<h2>Free heading</h2>');
  });
});
