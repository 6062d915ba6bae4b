import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SECTION_IDS } from '../schemas/section.ts';
// Brings in the `hProperties` field that remark-rehype reads from a node's data.
import type {} from 'mdast-util-to-hast';

/** A heading's permanent id, written at the end of its line: `## Title [#stable-id]`. */
export const ID_MARK = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

export interface RemarkHeadingIdsOptions {
  /**
   * Fail when a heading has no `[#id]`. Content entries require one so that links stay
   * stable when the wording changes; other Markdown may leave ids to Astro's slugger. Default true.
   */
  require?: boolean;
  /** Only files whose path matches are checked for a missing id. Default: the section entries. */
  requireIn?: RegExp;
}

/**
 * Moves a trailing `[#id]` from a heading's text to the heading's `id`, so the id is part of
 * the content, survives edits of the wording, and still reaches Astro's `headings` list.
 * (MDX cannot use `{#id}`: braces start a JavaScript expression.) Keeps an id set earlier.
 */
export default function remarkHeadingIds(options: RemarkHeadingIdsOptions = {}) {
  const { require = true, requireIn = new RegExp(`(^|[\\\\/])(${SECTION_IDS.join('|')})[\\\\/][^\\\\/]+\\.mdx$`) } = options;
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      const data = (heading.data ??= {});
      const props = (data.hProperties ??= {});
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? ID_MARK.exec(last.value) : null;
      if (last?.type === 'text' && match) {
        (last as Text).value = last.value.slice(0, match.index);
        if (last.value === '') heading.children.pop();
        if (typeof props['id'] !== 'string') props['id'] = match[1];
        return;
      }
      if (typeof props['id'] === 'string') return;
      if (require && file.path && requireIn.test(file.path)) {
        file.fail(
          `The heading "${plainText(heading)}" has no permanent id. End the heading's line with one, ` +
            'for example "## Leaders killed [#leaders-killed]" (lowercase letters, digits and hyphens).',
          heading,
          'remark-heading-ids:missing-id',
        );
      }
    });
  };
}

function plainText(heading: Heading): string {
  let text = '';
  visit(heading, 'text', (t: Text) => {
    text += t.value;
  });
  return text.trim();
}
