import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
// Reads text through MDX elements too (a <Claim> inside the paragraph), unlike hast-util-to-text.
import { toString } from 'mdast-util-to-string';
import { type NoteSentences, paragraphAnchor } from '../lib/paragraph-anchors.ts';
import { pageOfFile } from '../lib/entry-path.ts';

export interface RehypeParagraphIdsOptions {
  /** The note's paragraphs and their sentences. */
  note: NoteSentences;
}

/**
 * Gives each paragraph of an entry that starts a paragraph of the note (or a part of one) its
 * stable anchor (`p7`, `p5-s3`, see src/lib/paragraph-anchors.ts), so the explorer's copy of
 * /source/#p7 can be linked too. Keeps an existing id; skips the editors' notes.
 */
export default function rehypeParagraphIds({ note }: RehypeParagraphIdsOptions) {
  return (tree: Root, file: VFile) => {
    if (!pageOfFile(file.path)) return;
    visit(tree, (node) => {
      const n = node as { type: string; name?: string };
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'EditorNote') return SKIP;
      if (node.type !== 'element' || (node as Element).tagName !== 'p') return;
      const p = node as Element;
      if (typeof p.properties['id'] === 'string') return SKIP;
      const anchor = paragraphAnchor(toString(p), note);
      if (anchor) p.properties['id'] = anchor;
      return SKIP;
    });
  };
}
