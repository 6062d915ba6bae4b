/**
 * For plugin tests that run MDX through a real unified pipeline and compare HTML: MDX's JSX
 * elements (<EditorNote>, <Claim>) stay in the tree as mdxJsx nodes, as they do in Astro's
 * pipeline, and rehype-stringify cannot write those. This rehype plugin, run last, turns each into
 * a plain element named after it in lowercase (`<claim by="x">`), so the output shows where the
 * JSX is and what it holds.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Nodes } from 'mdast';
// Brings MDX's JSX nodes into mdast's node types.
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The MDX nodes remark-rehype must keep (`passThrough`) for the rehype plugins after it to see them. */
export const MDX_NODES: Nodes['type'][] = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ElementContent[];
}

export default function rehypeJsxAsElements() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const jsx = node as unknown as JsxNode;
      if ((jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
      const properties = Object.fromEntries(
        (jsx.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, String(a.value ?? '')]),
      );
      const element: Element = {
        type: 'element',
        tagName: (jsx.name ?? 'fragment').toLowerCase(),
        properties,
        children: jsx.children ?? [],
      };
      parent.children[index] = element;
    });
  };
}
