/**
 * The MDX entries of the four section folders, each read once: its frontmatter (checked against
 * the entry schema) and its body's tree (src/model/mdx.ts), with the headings that make its sections.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { headingId } from '../lib/mentions.ts';
import { type EntryData, entrySchema } from '../schemas/entry.ts';
import type { ContentFile } from './files.ts';
import { parseMdx } from './mdx.ts';
import { type Problem, zodProblems } from './problems.ts';

/** A heading of an entry: its level, its permanent id (if it has one), its text and its line. */
export interface EntryHeading {
  depth: number;
  id: string | undefined;
  text: string;
  line: number;
}

/** One entry as the model holds it. */
export interface ModelEntry {
  file: ContentFile;
  /** The folder it is in: a section's id, if the check finds it is one. */
  section: string;
  /** Its file name without `.mdx`: the last part of its address. */
  id: string;
  /** `/section/id/`. */
  page: string;
  /** The frontmatter as written (for Astro's loader, which checks it with its own schema). */
  frontmatter: Record<string, unknown>;
  /** The frontmatter, if it is valid. */
  data: EntryData | undefined;
  /** The body, with the frontmatter blanked out so lines and offsets are the file's. */
  body: string;
  /** The body's tree, if it is valid MDX. */
  tree: Root | undefined;
  headings: EntryHeading[];
}

/** The headings of a tree, in order. */
function headingsOf(tree: Root): EntryHeading[] {
  const headings: EntryHeading[] = [];
  visit(tree, 'heading', (h) => {
    headings.push({ depth: h.depth, id: headingId(h), text: toString(h).trim(), line: h.position?.start.line ?? 0 });
  });
  return headings;
}

/** Reads one entry; its problems of frontmatter and syntax go to `problems`. */
export function readEntry(file: ContentFile, problems: Problem[]): ModelEntry {
  const [section = '', ...rest] = file.path.replace(/^content\//, '').split('/');
  const id = rest.join('/').replace(/\.mdx$/, '');
  const base = { file, section, id, page: `/${section}/${id}/`, headings: [] as EntryHeading[] };
  let parsed;
  try {
    // Blanked with spaces, as Astro's MDX integration does, so positions stay the file's.
    parsed = parseFrontmatter(file.text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    // js-yaml's mark counts lines from the opening "---" (0), so it is the file's line less one.
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    const why = reason ?? String((error as Error).message).split('\n')[0];
    problems.push({
      file: file.path,
      where: mark ? `line ${mark.line + 1}` : 'frontmatter',
      message: `the frontmatter is not valid YAML (${why}).`,
    });
    return { ...base, frontmatter: {}, data: undefined, body: '', tree: undefined };
  }
  const frontmatter = parsed.frontmatter as Record<string, unknown>;
  const result = entrySchema.safeParse(frontmatter, { reportInput: true });
  if (!result.success) problems.push(...zodProblems(file.path, result.error));
  const body = parsed.content;
  const mdx = parseMdx(body, file.path);
  if ('error' in mdx) {
    problems.push({
      file: file.path,
      ...(mdx.error.line ? { where: `line ${mdx.error.line}` } : {}),
      message: `is not valid MDX: ${mdx.error.reason}.`,
    });
  }
  const tree = 'tree' in mdx ? mdx.tree : undefined;
  return {
    ...base,
    frontmatter,
    data: result.success ? result.data : undefined,
    body,
    tree,
    headings: tree ? headingsOf(tree) : [],
  };
}
