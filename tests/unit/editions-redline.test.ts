import { describe, expect, it } from 'vitest';
import { readsDifferently, redline, sectionParagraphs } from '../../src/lib/editions/redline.ts';
import type { SectionState } from '../../src/schemas/edition.ts';

const note = (text: string): SectionState => ({
  page: '/x/',
  depth: 2,
  heading: 'Ghafari',
  blocks: [{ p: [{ text: 'The note’s sentence.' }] }, { note: 'No date given', paragraphs: [{ p: [{ text }] }] }],
});

describe('redline', () => {
  it('marks exactly the words that changed, and keeps the rest', () => {
    const parts = redline(
      note('It says only that he led IS-K from June 2020.'),
      note('It only says that he had led IS-K since June 2020.'),
    ).flat();
    expect(parts.filter((p) => p.kind === 'del').map((p) => p.text.trim())).toEqual(['says', 'from']);
    expect(parts.filter((p) => p.kind === 'ins').map((p) => p.text.trim())).toEqual(['says', 'had', 'since']);
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('The note’s sentence.');
  });

  it('keeps the section’s paragraphs apart, the heading first', () => {
    expect(redline(note('A.'), note('A.')).map((p) => p.map((x) => x.text).join(''))).toEqual([
      'Ghafari',
      'The note’s sentence.',
      'Editors’ note · No date given: A.',
    ]);
  });

  it('shows a removed section as all deleted', () => {
    const parts = redline(note('A.'), undefined).flat();
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.kind === 'del')).toBe(true);
  });
});

describe('readsDifferently', () => {
  it('is false for the same words and true for a changed word', () => {
    expect(readsDifferently(note('A.'), note('A.'))).toBe(false);
    expect(readsDifferently(note('A.'), note('B.'))).toBe(true);
  });

  it('reads a claim’s label as words a reader reads', () => {
    const claim = (label: string): SectionState => ({
      page: '/x/',
      depth: 2,
      heading: 'H',
      blocks: [{ p: [{ claim: label, text: 'Said.' }] }],
    });
    expect(sectionParagraphs(claim('Claim by IS:'))[1]).toBe('Claim by IS: Said.');
    expect(readsDifferently(claim('Claim by IS:'), claim('Claim by IS, through Amaq:'))).toBe(true);
  });
});
