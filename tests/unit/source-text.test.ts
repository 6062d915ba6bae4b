import { describe, expect, it } from 'vitest';
import { paragraphs, parseSourceText } from '../../src/lib/source-text.ts';
import { normalizeSpace, splitSentences } from '../../src/lib/sentences.ts';
import { NOTE, SENTENCES } from '../support/note.ts';

describe('parseSourceText', () => {
  it('reads the note’s title, author, 9 paragraphs and 3 headings, leaving out the web page’s links', () => {
    expect(NOTE.title).toBe('Islamic State Khorasan (IS-K): A profile');
    expect(NOTE.author).toBe('Alka Bala');
    expect(NOTE.preamble).toEqual(['GP Short Notes', 'GP Short Notes # 851, 28 March 2024']);
    expect(paragraphs(NOTE).map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(NOTE.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Base in Afghanistan',
      'Leadership and support base',
      'Areas of operations, ideology and strategies involved',
    ]);
    expect(NOTE.trailer[0]).toBe('Other GP Short Notes');
  });

  it('keeps each line’s characters, odd spaces included', () => {
    expect(paragraphs(NOTE)[4]?.text).toContain('“members of \u00a0had also defected to IS-K.”');
  });

  it('refuses a text without its opening lines', () => {
    expect(() => parseSourceText('Only a title')).toThrow(/must start with the series/);
  });
});

describe('splitSentences', () => {
  it('splits after a full stop followed by a capital, and after a closing quote', () => {
    expect(splitSentences('One “quoted.” Two. 3 stays? Four')).toEqual(['One “quoted.”', 'Two. 3 stays?', 'Four']);
  });

  it('finds 37 sentences in the note', () => {
    expect(SENTENCES).toHaveLength(37);
  });

  it('collapses whitespace as a browser renders it', () => {
    expect(normalizeSpace(' a \u00a0 b\n c ')).toBe('a b c');
  });
});
