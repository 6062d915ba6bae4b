import { describe, expect, it } from 'vitest';
import { type NoteSentences, noteSentences, paragraphAnchor } from '../../src/lib/paragraph-anchors.ts';
import { paragraphs } from '../../src/lib/source-text.ts';
import { NOTE } from '../support/note.ts';

const NOTE_SENTENCES: NoteSentences = noteSentences([
  { number: 4, text: 'First of four. Second of four.' },
  { number: 5, text: 'One of five.  Two of five.\nThree of five. Four of five.' },
]);

describe('noteSentences', () => {
  it('splits each paragraph into its sentences, white space folded, numbers kept', () => {
    expect(NOTE_SENTENCES).toEqual([
      { number: 4, sentences: ['First of four.', 'Second of four.'] },
      { number: 5, sentences: ['One of five.', 'Two of five.', 'Three of five.', 'Four of five.'] },
    ]);
  });
});

describe('paragraphAnchor', () => {
  it('gives a paragraph that starts with a paragraph’s first sentence that paragraph’s anchor', () => {
    expect(paragraphAnchor('One of five. Two of five.', NOTE_SENTENCES)).toBe('p5');
  });

  it('gives a part of a split paragraph that starts at its third sentence the anchor p5-s3', () => {
    expect(paragraphAnchor('Three of five. Four of five.', NOTE_SENTENCES)).toBe('p5-s3');
    expect(paragraphAnchor('Second of four.', NOTE_SENTENCES)).toBe('p4-s2');
  });

  it('reads the text with its white space folded, as a page shows it', () => {
    expect(paragraphAnchor('\n  Three   of\nfive.', NOTE_SENTENCES)).toBe('p5-s3');
  });

  it('gives no anchor to text that does not start with a sentence of the note', () => {
    expect(paragraphAnchor('The editors add: Three of five.', NOTE_SENTENCES)).toBeUndefined();
    expect(paragraphAnchor('Three of', NOTE_SENTENCES)).toBeUndefined();
    expect(paragraphAnchor('', NOTE_SENTENCES)).toBeUndefined();
  });

  it('takes the first paragraph that has the sentence when two have it', () => {
    const twice = noteSentences([
      { number: 2, text: 'Said twice. Only here.' },
      { number: 3, text: 'Said twice.' },
    ]);
    expect(paragraphAnchor('Said twice.', twice)).toBe('p2');
  });

  it('finds every paragraph of the real note at its own number', () => {
    const real = paragraphs(NOTE);
    const sentences = noteSentences(real);
    expect(real.length).toBeGreaterThan(5);
    expect(real.map((p) => paragraphAnchor(p.text, sentences))).toEqual(real.map((p) => `p${p.number}`));
  });
});
