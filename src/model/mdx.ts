/**
 * The one MDX parser of our own code: remark with MDX and GFM, as Astro's MDX integration reads an
 * entry, then the `[#id]` heading plugin and the inline-claims plugin, so the tree holds what the
 * pages render (heading ids, claims inside their paragraphs). It parses; it never compiles.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import remarkHeadingIds from '../plugins/remark-heading-ids.ts';
import remarkInlineClaims from '../plugins/remark-inline-claims.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkHeadingIds, { require: false })
  .use(remarkInlineClaims);

/** Where MDX stopped reading, and why. */
export interface MdxSyntaxError {
  line: number | undefined;
  reason: string;
}

/** The MDX error's sentence, without the positions it quotes (the line is reported beside it). */
function sentence(reason: string): string {
  return reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '').replace(/\.$/, '');
}

/**
 * The tree of an entry's body. `body` keeps the file's lines and offsets (the frontmatter blanked
 * out, as Astro's MDX integration does), so positions in the tree are the file's.
 */
export function parseMdx(body: string, path: string): { tree: Root } | { error: MdxSyntaxError } {
  const file = new VFile({ value: body, path });
  try {
    const tree = processor.parse(file);
    return { tree: processor.runSync(tree, file) as Root };
  } catch (error) {
    const e = error as { place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const quoted = /\((\d+):\d+/.exec(e.reason ?? '')?.[1];
    const line = e.place?.start?.line ?? e.place?.line ?? (quoted ? Number(quoted) : undefined);
    return { error: { line, reason: sentence(e.reason ?? e.message ?? String(error)) } };
  }
}
