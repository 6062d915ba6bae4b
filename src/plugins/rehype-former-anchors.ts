import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Keeps published links to renamed sections working. An entry's frontmatter declares
 * `formerAnchors: { old-id: current-id }`; an empty element with the old id is put right before
 * the heading that now has the current id, so `page#old-id` lands on the section without any
 * script. Fails when the current id is not a heading of the entry. Running it twice changes nothing.
 */
export default function rehypeFormerAnchors() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { formerAnchors?: Record<string, string> } } }).astro?.frontmatter;
    const former = frontmatter?.formerAnchors;
    if (!former || Object.keys(former).length === 0) return;
    const byCurrent = new Map<string, string[]>();
    for (const [old, current] of Object.entries(former)) byCurrent.set(current, [...(byCurrent.get(current) ?? []), old]);
    const found = new Set<string>();
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      if (!/^h[2-6]$/.test(node.tagName) || typeof id !== 'string' || !byCurrent.has(id) || !parent || index === undefined) return;
      found.add(id);
      const existing = new Set(
        (parent.children as { type: string; properties?: Element['properties'] }[])
          .filter((n) => n.type === 'element')
          .map((n) => n.properties?.['id']),
      );
      const spans: Element[] = byCurrent
        .get(id)!
        .filter((old) => !existing.has(old))
        .map((old) => ({ type: 'element', tagName: 'span', properties: { id: old, className: ['former-anchor'] }, children: [] }));
      parent.children.splice(index, 0, ...spans);
      return index + spans.length + 1;
    });
    for (const current of byCurrent.keys()) {
      if (!found.has(current)) {
        file.fail(
          `formerAnchors points "${byCurrent.get(current)!.join('", "')}" at "${current}", which is not a heading id of this entry.`,
        );
      }
    }
  };
}
