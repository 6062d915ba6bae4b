import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import remarkHeadingIds from '../../src/plugins/remark-heading-ids.ts';
import remarkLinkMentions from '../../src/plugins/remark-link-mentions.ts';
import { buildMatcher, indexMentions, type Nameable } from '../../src/lib/mentions.ts';

const records: Nameable[] = [
  { collection: 'organizations', id: 'is-k', names: ['IS-K', 'Islamic State Khorasan'] },
  { collection: 'organizations', id: 'isis', names: ['IS', 'ISIS'] },
  { collection: 'organizations', id: 'ttp', names: ['TTP', 'Pakistani Taliban'] },
  { collection: 'places', id: 'kabul', names: ['Kabul'] },
  { collection: 'glossary', id: 'jihad', names: ['jihad'] },
  { collection: 'glossary', id: 'defensive-jihad', names: ['defensive jihad'] },
];
const match = buildMatcher(records);

function render(mdx: string, path = 'content/base/test.mdx'): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds)
    .use(remarkLinkMentions, { match, href: (c, id) => `/${c}/${id}/` })
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'] });
  const tree = processor.runSync(processor.parse(new VFile({ path, value: mdx })), new VFile({ path, value: mdx }));
  // Stringify only the plain-HTML parts; MDX elements are shown by name for the assertions.
  return unified()
    .use(rehypeStringify)
    .stringify(JSON.parse(JSON.stringify(tree, (_k, v) => (v?.type?.startsWith?.('mdxJsx') ? { type: 'text', value: `<${v.name}>` } : v))));
}

describe('buildMatcher', () => {
  it('finds whole names only, never inside a word, the longer of two overlapping names', () => {
    const found = match('IS-K and IS; ISIS; this ISKP; jihad and defensive jihad').map((m) => m.id);
    expect(found).toEqual(['is-k', 'isis', 'isis', 'jihad', 'defensive-jihad']);
  });

  it('matches a name the note writes with a possessive', () => {
    expect(match('IS-K’s founding emir').map((m) => m.id)).toEqual(['is-k']);
  });

  it('refuses a name that names two things', () => {
    expect(() => buildMatcher([...records, { collection: 'places', id: 'other', names: ['Kabul'] }])).toThrow(
      'The name "Kabul" belongs to both places/kabul and places/other; a name must name one thing.',
    );
  });
});

describe('remarkLinkMentions', () => {
  it('links the first mention of each thing in a section, aliases included', () => {
    expect(render('## A [#a]\n\nThe Pakistani Taliban (TTP) and IS-K; IS-K again in Kabul.')).toBe(
      '<h2 id="a">A</h2>\n<p>The <a href="/organizations/ttp/" class="mention" data-mention="organizations">Pakistani Taliban</a> (TTP) and ' +
        '<a href="/organizations/is-k/" class="mention" data-mention="organizations">IS-K</a>; IS-K again in ' +
        '<a href="/places/kabul/" class="mention" data-mention="places">Kabul</a>.</p>',
    );
  });

  it('links again in the next section', () => {
    expect(render('## A [#a]\n\nKabul.\n\n## B [#b]\n\nKabul.').match(/href="\/places\/kabul\/"/g)).toHaveLength(2);
  });

  it('leaves headings, existing links and the editors’ notes alone', () => {
    const html = render('## Kabul [#k]\n\nSee [Kabul](/x/).\n\n<EditorNote kind="context">\nKabul\n</EditorNote>');
    expect(html).not.toContain('class="mention"');
  });

  it('does nothing outside the entries', () => {
    expect(render('Kabul', 'src/pages/about.mdx')).toBe('<p>Kabul</p>');
  });
});

describe('indexMentions', () => {
  it('records each section that mentions a thing, skipping headings and editors’ notes', () => {
    const body = '## A [#a]\n\nIS-K in Kabul.\n\n<EditorNote kind="context">\nTTP\n</EditorNote>\n\n## TTP [#b]\n\nKabul again.';
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds);
    const tree = processor.runSync(processor.parse(body)) as Root;
    const index = indexMentions([{ section: 'base', id: 'e', tree }], match);
    expect(index.get('places/kabul')).toEqual([
      { section: 'base', entry: 'e', anchor: 'a' },
      { section: 'base', entry: 'e', anchor: 'b' },
    ]);
    expect(index.get('organizations/ttp')).toBeUndefined();
  });
});
