/**
 * Synthetic profiles for the scale benchmark: the real content folder (its data files, sources,
 * site settings and its 11 entries, so that every anchor of people.yaml, events.yaml... still
 * names a section and check:content passes), plus as many generated entries as it takes to
 * reach the size asked for, spread evenly over the four sections.
 *
 * A generated entry has the shape of a real one: frontmatter (title, summary, order, source with
 * paragraphs [1]), one to three `## Heading [#id]` sections with ids unique across the site, one
 * or two paragraphs each, and now and then an editors' note. Its sentences are words of the note
 * drawn at random, with the note's own word frequencies, from a PRNG with a fixed seed, so the
 * same size always gives the same text. They are not the note's sentences: the fidelity tests do
 * not apply, and the build does not need them to.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyContent } from '../../tools/content-copy.ts';
import { EDITOR_NOTE_KINDS } from '../../src/lib/editor-notes.ts';
import { SECTION_IDS } from '../../src/schemas/section.ts';
import { seededRandom } from '../../src/lib/random.ts';
import { paragraphs, parseSourceText } from '../../src/lib/source-text.ts';

/** The words of the note's paragraphs, in order and with repeats, without punctuation around them. */
export function noteWords(contentDir: string): string[] {
  const raw = readFileSync(join(contentDir, 'source/gp-short-note-851.txt'), 'utf8');
  return paragraphs(parseSourceText(raw))
    .flatMap((p) => p.text.split(/\s+/))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /^[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u.test(w));
}

export interface SyntheticContent {
  /** The content folder, for CONTENT_DIR. */
  dir: string;
  /** Entries in all, the real ones included. */
  entries: number;
  /** How many entries contain `query` as a word. */
  entriesWithQuery: number;
  /** Words of entry text written, in all. */
  words: number;
  dispose: () => void;
}

const KINDS = Object.keys(EDITOR_NOTE_KINDS);

/** A content folder with `total` entries (at least the real ones); see the module comment. */
export function syntheticContent(total: number, query: string, seed = 851): SyntheticContent {
  const dir = copyContent();
  const random = seededRandom(seed);
  const words = noteWords(dir);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const word = () => words[Math.floor(random() * words.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = () => {
    const s = phrase(int(8, 22));
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const title = (n: number) => {
    const s = phrase(n);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };

  const real = SECTION_IDS.flatMap((section) =>
    readdirSync(join(dir, section))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readFileSync(join(dir, section, f), 'utf8')),
  );
  const nextOrder = new Map(
    SECTION_IDS.map((section) => {
      const orders = readdirSync(join(dir, section))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, section, f), 'utf8'))?.[1] ?? 0));
      return [section, Math.max(0, ...orders) + 1];
    }),
  );
  const hasQuery = (text: string) => new RegExp(`(^|[^\\p{L}])${query}($|[^\\p{L}])`, 'iu').test(text);
  let entriesWithQuery = real.filter(hasQuery).length;
  let wordCount = 0;

  for (let i = 1; i <= total - real.length; i++) {
    const section = SECTION_IDS[(i - 1) % SECTION_IDS.length]!;
    const slug = `synthetic-${String(i).padStart(5, '0')}`;
    const order = nextOrder.get(section)!;
    nextOrder.set(section, order + 1);
    const body: string[] = [];
    for (let h = 1, headings = int(1, 3); h <= headings; h++) {
      body.push(`## ${title(int(2, 6))} [#${slug}-${h}]`);
      for (let p = 0, paras = int(1, 2); p < paras; p++) {
        body.push(Array.from({ length: int(2, 4) }, sentence).join(' '));
      }
      if (random() < 0.2) {
        body.push(`<EditorNote kind="${KINDS[int(0, KINDS.length - 1)]}">\n${sentence()} ${sentence()}\n</EditorNote>`);
      }
    }
    const text = body.join('\n\n');
    wordCount += text.split(/\s+/).length;
    if (hasQuery(text)) entriesWithQuery++;
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(`${title(int(3, 7))} (${i})`)}`,
      `summary: ${JSON.stringify(sentence())}`,
      `order: ${order}`,
      'source:',
      '  id: gp-851',
      '  paragraphs: [1]',
      '---',
    ].join('\n');
    writeFileSync(join(dir, section, `${slug}.mdx`), `${frontmatter}\n\n${text}\n`);
  }
  return {
    dir,
    entries: Math.max(total, real.length),
    entriesWithQuery,
    words: wordCount,
    dispose: () => rmSync(dirname(dir), { recursive: true, force: true }),
  };
}
