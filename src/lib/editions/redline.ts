/** A word-level redline of a section between two states, as paragraphs of kept, deleted and inserted words. Pure. */
import { diffWords } from 'diff';
import type { Block, SectionState } from '../../schemas/edition.ts';

/** A stretch of a redline: words kept, deleted (in the older text only) or inserted (in the newer only). */
export interface RedlinePart {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/** Paragraph breaks in the flattened text; no text of a section holds two newlines in a row. */
const BREAK = '\n\n';

/** One block as a line of text, with the editors' labels a reader sees before it. */
function blockText(block: Block): string {
  if ('aka' in block) return block.aka;
  if ('note' in block) return [`Editors’ note · ${block.note}:`, ...block.paragraphs.map((p) => blockText(p))].join(' ');
  return block.p.map((r) => ('claim' in r ? `${r.claim} ${r.text}` : r.text)).join('');
}

/** A section as the paragraphs a reader reads: its heading first. */
export function sectionParagraphs(section: SectionState | undefined): string[] {
  return section ? [section.heading, ...section.blocks.map(blockText)] : [];
}

/** The word-level changes from `before` to `after`, split into paragraphs. */
export function redline(before: SectionState | undefined, after: SectionState | undefined): RedlinePart[][] {
  const paragraphs: RedlinePart[][] = [[]];
  for (const change of diffWords(sectionParagraphs(before).join(BREAK), sectionParagraphs(after).join(BREAK))) {
    const kind = change.added ? 'ins' : change.removed ? 'del' : 'same';
    change.value.split(BREAK).forEach((text, i) => {
      if (i > 0) paragraphs.push([]);
      if (text) paragraphs.at(-1)!.push({ kind, text });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** Whether two states of a section read differently. */
export function readsDifferently(a: SectionState | undefined, b: SectionState | undefined): boolean {
  return sectionParagraphs(a).join(BREAK) !== sectionParagraphs(b).join(BREAK);
}
