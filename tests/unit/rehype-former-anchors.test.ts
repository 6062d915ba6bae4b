import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';
import rehypeFormerAnchors from '../../src/plugins/rehype-former-anchors.ts';

/** An entry's Markdown with `formerAnchors` in its frontmatter, as Astro hands it to rehype plugins. */
function render(markdown: string, formerAnchors?: Record<string, string>, twice = false): string {
  const processor = unified().use(remarkParse).use(remarkHeadingIds).use(remarkRehype).use(rehypeFormerAnchors);
  if (twice) processor.use(rehypeFormerAnchors);
  const file = new VFile({ path: 'content/leadership/x.mdx', value: markdown, data: { astro: { frontmatter: { formerAnchors } } } });
  return String(processor.use(rehypeStringify).processSync(file));
}

const ENTRY = '## Death [#ghafari-death]\n\nText.\n\n## Other [#other]';

describe('rehypeFormerAnchors', () => {
  it('puts an empty element with the old id right before the section that has the new one', () => {
    expect(render(ENTRY, { 'ghafari-killed': 'ghafari-death' })).toBe(
      '<span id="ghafari-killed" class="former-anchor"></span><h2 id="ghafari-death">Death</h2>\n<p>Text.</p>\n<h2 id="other">Other</h2>',
    );
  });

  it('puts every old id of a section before it, in the order declared', () => {
    expect(render(ENTRY, { first: 'ghafari-death', second: 'ghafari-death', third: 'other' })).toBe(
      '<span id="first" class="former-anchor"></span><span id="second" class="former-anchor"></span><h2 id="ghafari-death">Death</h2>\n' +
        '<p>Text.</p>\n<span id="third" class="former-anchor"></span><h2 id="other">Other</h2>',
    );
  });

  it('finds a section at any heading level from h2 to h6', () => {
    expect(render('###### Deep [#deep]', { shallow: 'deep' })).toBe(
      '<span id="shallow" class="former-anchor"></span><h6 id="deep">Deep</h6>',
    );
  });

  it('changes nothing when run twice', () => {
    const once = render(ENTRY, { 'ghafari-killed': 'ghafari-death' });
    expect(render(ENTRY, { 'ghafari-killed': 'ghafari-death' }, true)).toBe(once);
  });

  it('leaves an entry without former anchors as it was', () => {
    const plain = '<h2 id="ghafari-death">Death</h2>\n<p>Text.</p>\n<h2 id="other">Other</h2>';
    expect(render(ENTRY)).toBe(plain);
    expect(render(ENTRY, {})).toBe(plain);
  });

  it('fails, naming the old ids and the missing one, when the new id is not a heading of the entry', () => {
    expect(() => render(ENTRY, { 'old-a': 'gone', 'old-b': 'gone' })).toThrow(
      'formerAnchors points "old-a", "old-b" at "gone", which is not a heading id of this entry.',
    );
  });

  it('does not take a paragraph, or the page title, for a section', () => {
    const withIds = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(() => (tree: import('hast').Root) => {
        for (const node of tree.children) if (node.type === 'element') node.properties['id'] = node.tagName === 'h1' ? 'title' : 'para';
      })
      .use(rehypeFormerAnchors)
      .use(rehypeStringify);
    const file = (target: string) =>
      new VFile({
        path: 'content/leadership/x.mdx',
        value: '# Title\n\nText.',
        data: { astro: { frontmatter: { formerAnchors: { old: target } } } },
      });
    expect(() => withIds.processSync(file('para'))).toThrow(/not a heading id of this entry/);
    expect(() => withIds.processSync(file('title'))).toThrow(/not a heading id of this entry/);
  });
});
