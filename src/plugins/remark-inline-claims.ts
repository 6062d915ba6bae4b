import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: unknown[];
  children?: { type: string; children?: PhrasingContent[] }[];
}

/**
 * A <Claim> that stands alone on its line is, to MDX, a block around a paragraph. The note's
 * sentence belongs in a paragraph (for its anchor and for reading), so this turns the block into
 * a paragraph holding an inline claim. Other JSX is left alone; running it twice changes nothing.
 */
export default function remarkInlineClaims() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const jsx = node as unknown as JsxNode;
      if (jsx.type !== 'mdxJsxFlowElement' || jsx.name !== 'Claim' || !parent || index === undefined) return;
      // On one line, MDX gives the block its text directly; over several lines, inside a paragraph.
      const inner = jsx.children ?? [];
      const phrasing = inner.length === 1 && inner[0]!.type === 'paragraph' ? (inner[0]!.children ?? []) : (inner as PhrasingContent[]);
      // Several paragraphs (or other blocks) inside: not a single sentence run; leave it.
      if ((phrasing as { type: string }[]).some((c) => ['paragraph', 'heading', 'list'].includes(c.type))) return;
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [
          { type: 'mdxJsxTextElement', name: 'Claim', attributes: jsx.attributes ?? [], children: phrasing } as unknown as PhrasingContent,
        ],
      };
      (parent.children as unknown[])[index] = paragraph;
    });
  };
}
