import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { CONTENT_COMPONENTS } from '../../src/check/check-tree.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { entryComponents } from '../../src/components/mdx/index.ts';
import { realContent, withFile } from '../support/content.ts';

const ENTRY = 'content/operations/aims.mdx';
const aims = realContent().find((f) => f.path === ENTRY)!.text;
/** The first line of the text added to aims.mdx below (one blank line after its text). */
const ADDED = aims.split('\n').length + 1;

/** The problems found with `text` added at the end of an entry. */
function after(text: string, files = withFile(ENTRY, `${aims}\n${text}\n`)): string[] {
  return checkContent(files).map(formatProblem);
}

describe('links in the entries', () => {
  it('accepts links to entries and their sections, paragraphs and old anchors, sections, records, fixed pages, data files and other sites', () => {
    const links = [
      '/leadership/founding/#founding-leaders',
      '/operations/aims/#p6-s4',
      '#ghafari-leadership-focus',
      '/leadership/',
      '/people/sanaullah-ghafari/',
      '/timeline/#anything',
      '/source/#p9',
      '/data/events.csv',
      'https://example.org/elsewhere',
      'mailto:editors@example.org',
    ];
    expect(after(links.map((l) => `[x](${l})`).join(' '))).toEqual([]);
  });

  it('rejects a link to a page that does not exist, a section an entry does not have, and a page without its slash', () => {
    expect(after('[a](/leadership/nowhere/) [b](/leadership/founding/#nope) [c](/leadership/founding) [d](/source/#p10)')).toEqual([
      `${ENTRY}, line ${ADDED}: links to /leadership/nowhere/, which is not a page of the site; link to an entry, a section, a record or another page that exists.`,
      `${ENTRY}, line ${ADDED}: links to /leadership/founding/#nope, but that page has no section or paragraph "nope"; its heading ids are founding-leaders, tehrik-e-taliban-pakistan.`,
      `${ENTRY}, line ${ADDED}: links to /leadership/founding without its final slash; write /leadership/founding/.`,
      `${ENTRY}, line ${ADDED}: links to /source/#p10, but that page has no section or paragraph "p10"; its paragraphs are p1 to p9.`,
    ]);
  });

  it('rejects a relative link, which would lead elsewhere on /profile/', () => {
    expect(after('[a](../attacks/#attacks-abroad)')).toEqual([
      `${ENTRY}, line ${ADDED}: links to ../attacks/#attacks-abroad, a relative address; write it from the site's root, /operations/attacks/#attacks-abroad, as the entry is also shown on /profile/.`,
    ]);
  });

  it('rejects a link to a page that has moved, and a javascript: link', () => {
    const files = withFile('content/redirects.yaml', '- from: /operations/old-aims/\n  to: /operations/aims/\n').filter(
      (f) => f.path !== ENTRY,
    );
    expect(
      after('[a](/operations/old-aims/) <a href="javascript:alert(1)">b</a>', [
        ...files,
        { path: ENTRY, text: `${aims}\n[a](/operations/old-aims/) [b](javascript:void(0))\n` },
      ]),
    ).toEqual([
      `${ENTRY}, line ${ADDED}: links to /operations/old-aims/, which has moved to /operations/aims/; link to the new address.`,
      `${ENTRY}, line ${ADDED}: links to a javascript: URL; content may not run scripts.`,
    ]);
  });
});

describe('MDX in the entries', () => {
  it('allows the components the entry pages provide, and no others', () => {
    const provided = Object.keys(entryComponents).filter((name) => /^[A-Z]/.test(name));
    expect([...CONTENT_COMPONENTS].sort()).toEqual(provided.sort());
  });

  it('accepts a {/* comment */} but not code, imports or other components', () => {
    expect(after('{/* a note to ourselves */}')).toEqual([]);
    expect(after('import X from "./x.js"\n\n<Foo.Bar />\n\n<EditorNote kind="context" {...props}>x</EditorNote>')).toEqual([
      `${ENTRY}, line ${ADDED}: imports or exports code; content may not run code, and EditorNote and Claim need no import.`,
      `${ENTRY}, line ${ADDED + 2}: uses <Foo.Bar>, which is not a component content may use; use one of <EditorNote>, <Claim>.`,
      `${ENTRY}, line ${ADDED + 4}: the <EditorNote> tag has a {...} attribute, which would run as JavaScript; write attributes as text, e.g. kind="context".`,
    ]);
  });

  it('reports MDX that does not compile with its line and MDX’s sentence', () => {
    expect(after('Some text <!-- a comment --> here.')).toEqual([
      `${ENTRY}, line ${ADDED}: is not valid MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`).`,
    ]);
  });
});
