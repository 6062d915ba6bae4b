import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { Mention, NamedCollection } from '../lib/mentions.ts';
import { pageOfFile } from './rehype-also-known-as.ts';

export interface RehypeLinkMentionsOptions {
  /** Finds mentions in a text (see src/lib/mentions.ts). */
  match: (text: string) => Mention[];
  /** The URL of a record's page. */
  href: (collection: NamedCollection, id: string) => string;
}

/** Elements whose text is not linked: headings, links, code, and the editors' notes. */
const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);
const isEditorial = (node: { type: string; name?: string | null }) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'EditorNote';

/**
 * Links the first mention of each person, organization, place and term in each section of an
 * entry to its record page, at build time. The MDX stays the note's plain text; only words
 * already there become links. Running it twice changes nothing (links are never entered).
 */
export default function rehypeLinkMentions({ match, href }: RehypeLinkMentionsOptions) {
  return (tree: Root, file: VFile) => {
    if (!pageOfFile(file.path)) return;
    let linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) linked = new Set();
      if (node.type === 'element' && (SKIPPED.has(node.tagName) || node.properties['dataEditorial'] !== undefined)) return SKIP;
      if (isEditorial(node as { type: string })) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = (node as Text).value;
      const fresh = match(text).filter((m) => {
        const key = `${m.collection}/${m.id}`;
        if (linked.has(key)) return false;
        linked.add(key);
        return true;
      });
      if (fresh.length === 0) return;
      const parts: ElementContent[] = [];
      let at = 0;
      for (const m of fresh) {
        if (m.start > at) parts.push({ type: 'text', value: text.slice(at, m.start) });
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: href(m.collection, m.id), className: ['mention'], dataMention: m.collection },
          children: [{ type: 'text', value: text.slice(m.start, m.end) }],
        };
        parts.push(link);
        at = m.end;
      }
      if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
      (parent.children as ElementContent[]).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
