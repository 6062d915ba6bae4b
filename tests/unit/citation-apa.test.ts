import { describe, expect, it } from 'vitest';
import { apa, toPlainText } from '../../src/lib/citation/index.ts';
import { page, PAGE_URL, section, SECTION_URL } from '../support/citation.ts';

describe('APA (7th ed.)', () => {
  it('cites the whole report for a section, reached by the section’s URL, and names the section in the text', () => {
    const { reference, inText } = apa(section);
    expect(toPlainText(reference)).toBe(
      `Bala, A. (2024, March 28). Islamic State Khorasan (IS-K): A profile (GP Short Notes No. 851). IS-K Profile Explorer. Retrieved [Month Day, Year], from ${SECTION_URL}`,
    );
    expect(toPlainText(inText)).toBe('(Bala, 2024, Sanaullah Ghafari killed by the Taliban’s forces section)');
  });

  it('cites a page the same way, naming the page in the text', () => {
    const { reference, inText } = apa(page);
    expect(toPlainText(reference)).toBe(
      `Bala, A. (2024, March 28). Islamic State Khorasan (IS-K): A profile (GP Short Notes No. 851). IS-K Profile Explorer. Retrieved [Month Day, Year], from ${PAGE_URL}`,
    );
    expect(toPlainText(inText)).toBe('(Bala, 2024, Leaders killed and the Taliban’s campaign against IS-K section)');
  });

  it('sets only the report’s title in italics', () => {
    expect(apa(section).reference.filter((r) => r.italic)).toEqual([{ text: 'Islamic State Khorasan (IS-K): A profile', italic: true }]);
  });

  it('lists two authors with an ampersand, and shortens three or more to "et al." in the text', () => {
    const two = apa({ ...section, authors: ['Alka Bala', 'Jean-Paul Smith'] });
    expect(toPlainText(two.reference)).toMatch(/^Bala, A\., & Smith, J\.-P\. \(2024/);
    expect(toPlainText(two.inText)).toMatch(/^\(Bala & Smith, 2024/);
    const three = apa({ ...section, authors: ['Alka Bala', 'Mary Ann Jones', 'Li Wei'] });
    expect(toPlainText(three.reference)).toMatch(/^Bala, A\., Jones, M\. A\., & Wei, L\. \(2024/);
    expect(toPlainText(three.inText)).toMatch(/^\(Bala et al\., 2024/);
  });

  it('sets the report’s title in sentence case, keeping the names it is given', () => {
    const title = 'Talks In Doha After The Haqqani Network Met Russia';
    expect(apa({ ...section, title }).reference[1]).toEqual({ text: 'Talks in Doha after the Haqqani network met Russia', italic: true });
    expect(apa({ ...section, title, properNouns: [] }).reference[1]!.text).toBe('Talks in doha after the haqqani network met russia');
  });
});
