import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { normalizeBase } from '../lib/base-path.ts';

export interface RehypeBaseLinksOptions {
  /** The site's base path, e.g. "/" or "/isk/". */
  base: string;
}

/**
 * Puts the site's base path in front of the root-relative links written in content
 * (`[Attacks abroad](/operations/attacks/#attacks-abroad)`), so content links work under a
 * sub-path as the templates' links do. Leaves other links, and links already under the base, alone.
 */
export default function rehypeBaseLinks({ base }: RehypeBaseLinksOptions) {
  const prefix = normalizeBase(base);
  return (tree: Root) => {
    if (prefix === '/') return;
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix)) {
        node.properties['href'] = prefix + href.slice(1);
      }
    });
  };
}
