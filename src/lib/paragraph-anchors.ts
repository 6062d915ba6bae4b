/**
 * Anchors for the note's paragraphs wherever they appear: `p7` for the start of paragraph 7 (as on
 * /source/#p7), `p5-s3` for a part of paragraph 5 that starts at its third sentence (where an
 * entry splits a paragraph). Found from the text itself, so content needs no markup. Pure.
 */
import { normalizeSpace, splitSentences } from './sentences.ts';

/** For each paragraph of the note, its sentences. */
export type NoteSentences = { number: number; sentences: string[] }[];

/** The sentences of each paragraph of a parsed source. */
export function noteSentences(paragraphs: readonly { number: number; text: string }[]): NoteSentences {
  return paragraphs.map((p) => ({ number: p.number, sentences: splitSentences(p.text) }));
}

/** The anchor for a paragraph of text that starts with one of the note's sentences, if it does. */
export function paragraphAnchor(text: string, note: NoteSentences): string | undefined {
  const start = normalizeSpace(text);
  for (const p of note) {
    const k = p.sentences.findIndex((s) => start.startsWith(s));
    if (k === 0) return `p${p.number}`;
    if (k > 0) return `p${p.number}-s${k + 1}`;
  }
  return undefined;
}
