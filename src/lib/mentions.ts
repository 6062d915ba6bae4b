import type { Heading, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { MentionPlace } from '../schemas/derived.ts';
// Brings in the `hProperties` field that remark-rehype reads from a node's data.
import type {} from 'mdast-util-to-hast';

/**
 * Finds the names of records in an entry's text. One function (`firstMentions`) serves both the
 * plugin that links mentions in the pages and the content model's index of where each record is
 * mentioned. It runs on two parses of each entry (the model's and Astro's), which agree while
 * src/model/mdx.ts runs the remark plugins that astro.config.mjs runs before it.
 * Names match whole words, case as written; where two names overlap ("IS" in "IS-K"), the longer
 * one wins.
 */

/** The collections whose records are named in the text, and their URL folders. */
export const NAMED_COLLECTIONS = ['people', 'organizations', 'places', 'glossary'] as const;
export type NamedCollection = (typeof NAMED_COLLECTIONS)[number];

/** A record and the strings that name it in the note (its name and its "note" aliases). */
export interface Nameable {
  collection: NamedCollection;
  id: string;
  names: readonly string[];
}

export interface Mention {
  collection: NamedCollection;
  id: string;
  /** Where the name starts and ends in the text. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a function that lists every mention in a text, left to right, without overlaps. */
export function buildMatcher(records: readonly Nameable[]): (text: string) => Mention[] {
  const owner = new Map<string, Nameable>();
  for (const record of records) {
    for (const name of record.names) {
      const other = owner.get(name);
      if (other && (other.collection !== record.collection || other.id !== record.id)) {
        throw new Error(
          `The name "${name}" belongs to both ${other.collection}/${other.id} and ${record.collection}/${record.id}; a name must name one thing.`,
        );
      }
      owner.set(name, record);
    }
  }
  if (owner.size === 0) return () => [];
  const names = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // Letters and digits on either side mean the name is part of a longer word.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((m) => {
      const record = owner.get(m[0])!;
      return { collection: record.collection, id: record.id, start: m.index, end: m.index + m[0].length };
    });
}

/** A mention in an entry's tree: the first of its record in its section. */
export interface TreeMention extends Mention {
  /** The id of the heading whose section holds it ('' before the first heading). */
  anchor: string;
  /** The text node it is in; `start` and `end` are offsets in its value. */
  node: Text;
  parent: Parent;
}

/** Nodes whose text is not the note's running text: links, code, and the editors' notes. */
function isSkipped(node: { type: string; name?: string | null }): boolean {
  if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code') return true;
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'EditorNote';
}

/** A heading's permanent id, as the `[#id]` plugin set it. */
export function headingId(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * The first mention of each record in each section of an entry's tree (after the `[#id]` heading
 * plugin has run), in document order. Headings start sections and are not searched themselves.
 */
export function firstMentions(tree: Root, match: (text: string) => Mention[]): TreeMention[] {
  const found: TreeMention[] = [];
  let anchor = '';
  let seen = new Set<string>();
  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      // A level-1 heading is refused by the content check; it does not start a section.
      if (node.depth >= 2) {
        anchor = headingId(node) ?? '';
        seen = new Set();
      }
      return SKIP;
    }
    if (isSkipped(node as { type: string; name?: string | null })) return SKIP;
    if (node.type !== 'text' || !parent) return undefined;
    for (const m of match(node.value)) {
      const key = `${m.collection}/${m.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ ...m, anchor, node, parent });
    }
    return undefined;
  });
  return found;
}

/** Record key (`people/sanaullah-ghafari`) → the sections that mention it, in the entries' order. */
export function indexMentions(
  entries: readonly { section: string; id: string; tree: Root }[],
  match: (text: string) => Mention[],
): Map<string, MentionPlace[]> {
  const index = new Map<string, MentionPlace[]>();
  for (const entry of entries) {
    for (const m of firstMentions(entry.tree, match)) {
      const key = `${m.collection}/${m.id}`;
      index.set(key, [...(index.get(key) ?? []), { section: entry.section, entry: entry.id, anchor: m.anchor }]);
    }
  }
  return index;
}
