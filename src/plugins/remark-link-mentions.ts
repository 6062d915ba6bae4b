import type { Link, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { firstMentions, type Mention, type NamedCollection, type TreeMention } from '../lib/mentions.ts';
import { pageOfFile } from '../lib/entry-path.ts';

export interface RemarkLinkMentionsOptions {
  /** Finds mentions in a text (see src/lib/mentions.ts). */
  match: (text: string) => Mention[];
  /** The URL of a record's page. */
  href: (collection: NamedCollection, id: string) => string;
}

/**
 * Links the first mention of each person, organization, place and term in each section of an
 * entry to its record page, at build time. The mentions are those the content model indexes
 * (`firstMentions`, the function the model's index runs on its own parse: see src/lib/mentions.ts for when the two agree). The MDX stays the
 * note's plain text; only words already there become links. Running it twice changes nothing
 * (links are never entered).
 */
export default function remarkLinkMentions({ match, href }: RemarkLinkMentionsOptions) {
  return (tree: Root, file: VFile) => {
    if (!pageOfFile(file.path)) return;
    const byNode = new Map<TreeMention['node'], TreeMention[]>();
    for (const m of firstMentions(tree, match)) byNode.set(m.node, [...(byNode.get(m.node) ?? []), m]);
    for (const [node, mentions] of byNode) {
      const { parent } = mentions[0]!;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const m of mentions) {
        if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
        const link: Link = {
          type: 'link',
          url: href(m.collection, m.id),
          children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
          data: { hProperties: { className: ['mention'], dataMention: m.collection } },
        };
        parts.push(link);
        at = m.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      (parent.children as PhrasingContent[]).splice(parent.children.indexOf(node), 1, ...parts);
    }
  };
}
