/**
 * Reads the note's verbatim text (content/source/*.txt) into numbered blocks.
 * The text file is the record; this module only classifies its lines, it never edits them.
 */

/** One block of the note's body: a heading line or a paragraph, in the order the note gives. */
export interface SourceBlock {
  kind: 'heading' | 'paragraph';
  /** The line exactly as the note has it (trailing whitespace removed). */
  text: string;
  /** 1-based paragraph number (paragraphs only): the stable `#pN` anchor of /source/. */
  number?: number;
}

export interface SourceText {
  /** Lines before the title: the series line and the number-and-date line. */
  preamble: string[];
  title: string;
  author: string;
  blocks: SourceBlock[];
  /** Lines after the note's body: the original web page's links to other notes. */
  trailer: string[];
}

/** Where the original page's own navigation begins; nothing from here on belongs to the note. */
const TRAILER_START = 'Other GP Short Notes';
/** A body line this long is a paragraph; the note's headings are short lines without a full stop. */
const PARAGRAPH_MIN_LENGTH = 100;

/** Splits the note into preamble, title, author, numbered body blocks and trailer. */
export function parseSourceText(raw: string): SourceText {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const nonEmpty = lines.filter((l) => l.length > 0);
  const trailerAt = nonEmpty.indexOf(TRAILER_START);
  const body = trailerAt === -1 ? nonEmpty : nonEmpty.slice(0, trailerAt);
  const trailer = trailerAt === -1 ? [] : nonEmpty.slice(trailerAt);
  // The note opens with its series, its number and date, its title and its author, in that order.
  const [series, numberLine, title, author, ...rest] = body;
  if (!series || !numberLine || !title || !author) {
    throw new Error('The source text must start with the series, number and date, title and author lines.');
  }
  let paragraph = 0;
  const blocks: SourceBlock[] = rest.map((text) =>
    text.length >= PARAGRAPH_MIN_LENGTH ? { kind: 'paragraph', text, number: ++paragraph } : { kind: 'heading', text },
  );
  return { preamble: [series, numberLine], title, author, blocks, trailer };
}

/** The paragraphs only, in order. */
export function paragraphs(source: SourceText): Required<SourceBlock>[] {
  return source.blocks.filter((b): b is Required<SourceBlock> => b.kind === 'paragraph');
}
