/**
 * What a reader reads in each section of the profile, from the entries' trees: the headings, the
 * note's words, the editors' notes and claim labels, in order. Not the markup: a link is its
 * words, emphasis is its words, and whitespace is collapsed as a browser shows it. Pure.
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, EntryState, Run, SectionState } from '../../schemas/edition.ts';
import { headingId } from '../mentions.ts';
import { normalizeSpace } from '../sentences.ts';

/** The profile at one moment: every entry by its page, every section by its heading id. */
export interface ProfileState {
  entries: Map<string, EntryState>;
  sections: Map<string, SectionState>;
}

/** An entry as the snapshot needs it. */
export interface SnapshotEntry {
  page: string;
  title: string;
  summary: string;
  tree: Root;
}

/** The editors' words the snapshot cannot read from a tree: labels from the records. */
export interface SnapshotLabels {
  /** "Claim by Zabihullah Mujahid:" for <Claim by via>. */
  claim: (by: string, via: string | undefined) => string;
  /** An editors' note kind's label: "Ambiguous in the note". */
  note: (kind: string) => string;
  /** The "Also known as" line under a heading, if the records put one there. */
  aka: (page: string, id: string) => string | undefined;
}

interface Jsx {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
}

const attribute = (node: Jsx, name: string) => {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** A paragraph's runs: plain text, with each <Claim> a run of its own behind its label. */
function runsOf(children: readonly PhrasingContent[], labels: SnapshotLabels): Run[] {
  const runs: Run[] = [];
  let text = '';
  for (const child of children) {
    const jsx = child as unknown as Jsx;
    if (jsx.type === 'mdxJsxTextElement' && jsx.name === 'Claim') {
      if (text) runs.push({ text });
      text = '';
      runs.push({ claim: labels.claim(attribute(jsx, 'by') ?? '', attribute(jsx, 'via')), text: toString(child) });
    } else text += toString(child);
  }
  if (text) runs.push({ text });
  // Whitespace as a browser collapses it: runs of it become one space, none at the ends.
  const collapsed = runs.map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }));
  collapsed.forEach((r, i) => {
    if (i > 0 && r.text.startsWith(' ') && collapsed[i - 1]!.text.endsWith(' ')) r.text = r.text.slice(1);
  });
  if (collapsed[0]) collapsed[0].text = collapsed[0].text.trimStart();
  if (collapsed.at(-1)) collapsed.at(-1)!.text = collapsed.at(-1)!.text.trimEnd();
  return collapsed.filter((r) => r.text !== '' || 'claim' in r);
}

/** The blocks of one node between headings. */
function blocksOf(node: RootContent, labels: SnapshotLabels): Block[] {
  const jsx = node as unknown as Jsx;
  if (jsx.type === 'mdxJsxFlowElement' && jsx.name === 'EditorNote') {
    const inner = (jsx.children ?? []) as RootContent[];
    const paragraphs = inner.flatMap((n) => blocksOf(n, labels)).filter((b): b is { p: Run[] } => 'p' in b);
    return [{ note: labels.note(attribute(jsx, 'kind') ?? ''), paragraphs }];
  }
  if (node.type === 'paragraph') return [{ p: runsOf((node as Paragraph).children, labels) }];
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return [];
  const text = normalizeSpace(toString(node));
  return text ? [{ p: [{ text }] }] : [];
}

/** Every entry's state and every section's, from the entries' trees. */
export function snapshotOf(entries: readonly SnapshotEntry[], labels: SnapshotLabels): ProfileState {
  const state: ProfileState = { entries: new Map(), sections: new Map() };
  for (const entry of entries) {
    const ids: string[] = [];
    let current: SectionState | undefined;
    for (const node of entry.tree.children) {
      if (node.type === 'heading' && node.depth >= 2) {
        const id = headingId(node);
        if (!id) continue;
        current = { page: entry.page, depth: node.depth, heading: normalizeSpace(toString(node)), blocks: [] };
        const aka = labels.aka(entry.page, id);
        if (aka) current.blocks.push({ aka });
        state.sections.set(id, current);
        ids.push(id);
      } else if (current) current.blocks.push(...blocksOf(node, labels));
    }
    state.entries.set(entry.page, { title: entry.title, summary: entry.summary, sections: ids });
  }
  return state;
}
