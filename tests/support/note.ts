/** The note's verbatim text, read from the project's own copy, split into paragraphs and sentences. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphs, parseSourceText } from '../../src/lib/source-text.ts';
import { splitSentences } from '../../src/lib/sentences.ts';

export const NOTE = parseSourceText(readFileSync(join(process.cwd(), 'content/source/gp-short-note-851.txt'), 'utf8'));

/** [paragraph number, sentence] for every sentence of the note's body, in order. */
export const SENTENCES: [number, string][] = paragraphs(NOTE).flatMap((p) =>
  splitSentences(p.text).map((s): [number, string] => [p.number, s]),
);
