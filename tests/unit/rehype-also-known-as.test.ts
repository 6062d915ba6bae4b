import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';
import rehypeAlsoKnownAs, { type AliasRecord } from '../../src/plugins/rehype-also-known-as.ts';
import { pageOfFile } from '../../src/lib/entry-path.ts';

const records: AliasRecord[] = [
  {
    id: 'nangarhar',
    name: 'Nangarhar',
    anchor: '/base/afghanistan/#presence',
    aliases: [{ text: 'Nangrahar', source: 'editorial' }],
  },
  {
    id: 'ttp',
    name: 'Tehrik-e Taliban Pakistan',
    anchor: '/leadership/founding/#ttp',
    aliases: [{ text: 'Pakistani Taliban', source: 'note' }],
  },
];

function render(markdown: string, path: string, twice = false): string {
  const processor = unified().use(remarkParse).use(remarkHeadingIds).use(remarkRehype).use(rehypeAlsoKnownAs, { records });
  if (twice) processor.use(rehypeAlsoKnownAs, { records });
  return String(processor.use(rehypeStringify).processSync(new VFile({ path, value: markdown })));
}

describe('rehypeAlsoKnownAs', () => {
  it('shows the editors’ other names under the heading that introduces the thing, marked as theirs', () => {
    expect(render('## Presence [#presence]\n\nText.', 'content/base/afghanistan.mdx')).toBe(
      '<h2 id="presence">Presence</h2>\n<p class="aka" data-editorial="" data-pagefind-weight="5"><span class="aka__label">Also known as:</span> ' +
        'Nangarhar, Nangrahar. <span class="aka__source">Names added by the editors; the note does not use them.</span></p>\n<p>Text.</p>',
    );
  });

  it('does not repeat names the note itself uses', () => {
    expect(render('## TTP [#ttp]\n\nText.', 'content/leadership/founding.mdx')).toBe('<h2 id="ttp">TTP</h2>\n<p>Text.</p>');
  });

  it('leaves other entries alone', () => {
    expect(render('## Presence [#presence]', 'content/base/origins.mdx')).toBe('<h2 id="presence">Presence</h2>');
  });

  it('changes nothing when run twice', () => {
    const once = render('## Presence [#presence]\n\nText.', 'content/base/afghanistan.mdx');
    expect(render('## Presence [#presence]\n\nText.', 'content/base/afghanistan.mdx', true)).toBe(once);
  });

  it('fails when the anchor is not a heading of its entry', () => {
    expect(() => render('## Elsewhere [#elsewhere]', 'content/base/afghanistan.mdx')).toThrow(
      /The introducedAt of "nangarhar" \(\/base\/afghanistan\/#presence\) is not a heading of this entry/,
    );
  });

  it('maps entry files to their pages', () => {
    expect(pageOfFile('/work/x/content/leadership/leaders-killed.mdx')).toBe('/leadership/leaders-killed/');
    expect(pageOfFile('src/pages/index.astro')).toBeUndefined();
  });
});
