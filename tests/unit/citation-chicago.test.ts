import { describe, expect, it } from 'vitest';
import { chicago, toPlainText } from '../../src/lib/citation/index.ts';
import { page, PAGE_URL, section, SECTION_URL } from '../support/citation.ts';

describe('Chicago (17th ed., notes and bibliography)', () => {
  it('gives the whole work in the bibliography and the section after "under" in the note', () => {
    const { bibliography, note: first } = chicago(section);
    expect(toPlainText(bibliography)).toBe(
      `Bala, Alka. “Islamic State Khorasan (IS-K): A Profile.” GP Short Notes, no. 851, March 28, 2024. IS-K Profile Explorer. Accessed [Month Day, Year]. ${SECTION_URL}.`,
    );
    expect(toPlainText(first)).toBe(
      `Alka Bala, “Islamic State Khorasan (IS-K): A Profile,” GP Short Notes, no. 851, March 28, 2024, under “Sanaullah Ghafari Killed by the Taliban’s Forces,” IS-K Profile Explorer, accessed [Month Day, Year], ${SECTION_URL}.`,
    );
  });

  it('gives the page after "under" when citing a page', () => {
    const { bibliography, note: first } = chicago(page);
    expect(toPlainText(bibliography)).toBe(
      `Bala, Alka. “Islamic State Khorasan (IS-K): A Profile.” GP Short Notes, no. 851, March 28, 2024. IS-K Profile Explorer. Accessed [Month Day, Year]. ${PAGE_URL}.`,
    );
    expect(toPlainText(first)).toBe(
      `Alka Bala, “Islamic State Khorasan (IS-K): A Profile,” GP Short Notes, no. 851, March 28, 2024, under “Leaders Killed and the Taliban’s Campaign against IS-K,” IS-K Profile Explorer, accessed [Month Day, Year], ${PAGE_URL}.`,
    );
  });

  it('sets nothing in italics: the note’s title is quoted and the series and site are roman', () => {
    const { bibliography, note: first } = chicago(section);
    expect([...bibliography, ...first].some((r) => r.italic)).toBe(false);
  });

  it('inverts only the first author in the bibliography and shortens four or more to "et al." in the note', () => {
    const authors = ['Alka Bala', 'John Smith'];
    expect(toPlainText(chicago({ ...section, authors }).bibliography)).toMatch(/^Bala, Alka, and John Smith\. “/);
    expect(toPlainText(chicago({ ...section, authors }).note)).toMatch(/^Alka Bala and John Smith, “/);
    const four = ['Alka Bala', 'John Smith', 'Li Wei', 'Ana Lima'];
    expect(toPlainText(chicago({ ...section, authors: four }).note)).toMatch(/^Alka Bala et al\., “/);
  });
});
