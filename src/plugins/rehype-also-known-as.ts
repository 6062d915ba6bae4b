import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { pageOfFile } from '../lib/entry-path.ts';
import { AKA, akaNames } from '../lib/also-known-as.ts';
import type { Alias } from '../schemas/shared.ts';

/** A thing with other names, and the section that introduces it. */
export interface AliasRecord {
  id: string;
  name: string;
  /** `/section/entry/#anchor` of the section that introduces it. */
  anchor: string;
  aliases: readonly Alias[];
}

export interface RehypeAlsoKnownAsOptions {
  /** The named records (content/people.yaml, organizations.yaml, places.yaml) with their aliases. */
  records: readonly AliasRecord[];
}

const HEADING = /^h[2-6]$/;
const MARK = 'aka';

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** The editors' line of other names, for the records anchored at one heading (src/lib/also-known-as.ts). */
function akaParagraph(records: readonly AliasRecord[]): Element {
  const parts: ElementContent[] = [
    { type: 'element', tagName: 'span', properties: { className: ['aka__label'] }, children: [text(AKA.label)] },
    text(' '),
  ];
  akaNames(records).forEach((names, i) => {
    if (i > 0) parts.push(text('; '));
    parts.push(text(names));
  });
  parts.push(text('. '), {
    type: 'element',
    tagName: 'span',
    properties: { className: ['aka__source'] },
    children: [text(AKA.source)],
  });
  return {
    type: 'element',
    tagName: 'p',
    // Weighted so a search for another name lands on this section (Pagefind weights 0–10).
    properties: { className: [MARK], dataEditorial: '', dataPagefindWeight: '5' },
    children: parts,
  };
}

/**
 * Shows the editors' other names of a thing (its `aliases` with source: editorial) right under the heading of
 * the section that introduces it, so readers see them and search finds the section by them.
 * Names the note itself uses are not repeated. Running it twice changes nothing.
 */
export default function rehypeAlsoKnownAs({ records }: RehypeAlsoKnownAsOptions) {
  return (tree: Root, file: VFile) => {
    const page = pageOfFile(file.path);
    if (!page) return;
    const here = records.filter((r) => r.anchor.startsWith(`${page}#`) && r.aliases.some((a) => a.source === 'editorial'));
    if (here.length === 0) return;
    const byId = new Map<string, AliasRecord[]>();
    for (const r of here) {
      const id = r.anchor.slice(page.length + 1);
      byId.set(id, [...(byId.get(id) ?? []), r]);
    }
    const found = new Set<string>();
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      if (!HEADING.test(node.tagName) || typeof id !== 'string' || !byId.has(id) || !parent || index === undefined) return;
      found.add(id);
      const next = parent.children.slice(index + 1).find((n) => n.type === 'element');
      const already =
        next?.type === 'element' && Array.isArray(next.properties['className']) && next.properties['className'].includes(MARK);
      if (!already) parent.children.splice(index + 1, 0, text('\n'), akaParagraph(byId.get(id)!));
      return SKIP;
    });
    for (const [id, list] of byId) {
      if (!found.has(id)) {
        file.fail(
          `The introducedAt of "${list[0]!.id}" (${page}#${id}) is not a heading of this entry. ` + 'Point it at an existing heading id.',
        );
      }
    }
  };
}
