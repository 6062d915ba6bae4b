/**
 * Splits the note's paragraphs into sentences, for the fidelity checks.
 * The note has no abbreviations with full stops, so a sentence ends at . ! or ? (optionally
 * followed by a closing quote) where the next word starts with a capital or an opening quote.
 */
const BOUNDARY = /(?<=[.!?][”"’]?)\s+(?=[A-Z“"])/u;

/** Collapses runs of whitespace, as HTML rendering does, so text can be compared with a page's. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The sentences of one paragraph, whitespace-normalized, in order. */
export function splitSentences(paragraph: string): string[] {
  return normalizeSpace(paragraph)
    .split(BOUNDARY)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
