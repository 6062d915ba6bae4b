import { describe, expect, it } from 'vitest';
import { mla, toPlainText } from '../../src/lib/citation/index.ts';
import { note, page, section } from '../support/citation.ts';

describe('MLA (9th ed.)', () => {
  it('makes the section the title of the source, the note its first container and the site its second', () => {
    expect(toPlainText(mla(section))).toBe(
      'Bala, Alka. “Sanaullah Ghafari Killed by the Taliban’s Forces.” Islamic State Khorasan (IS-K): A Profile, GP Short Notes, no. 851, 28 Mar. 2024. IS-K Profile Explorer, isk-profile.example.org/leadership/leaders-killed/#ghafari-killed. Accessed [Day Month Year].',
    );
  });

  it('makes the page the title of the source when citing a page', () => {
    expect(toPlainText(mla(page))).toBe(
      'Bala, Alka. “Leaders Killed and the Taliban’s Campaign against IS-K.” Islamic State Khorasan (IS-K): A Profile, GP Short Notes, no. 851, 28 Mar. 2024. IS-K Profile Explorer, isk-profile.example.org/leadership/leaders-killed/. Accessed [Day Month Year].',
    );
  });

  it('sets the two containers in italics', () => {
    expect(
      mla(section)
        .filter((r) => r.italic)
        .map((r) => r.text),
    ).toEqual(['Islamic State Khorasan (IS-K): A Profile', 'IS-K Profile Explorer']);
  });

  it('makes the note itself the source when neither page nor section is given', () => {
    expect(toPlainText(mla({ ...note, url: 'https://isk-profile.example.org/profile/' }))).toBe(
      'Bala, Alka. Islamic State Khorasan (IS-K): A Profile. GP Short Notes, no. 851, 28 Mar. 2024. IS-K Profile Explorer, isk-profile.example.org/profile/. Accessed [Day Month Year].',
    );
  });

  it('abbreviates months in MLA as MLA does: Jan., Sept., but May, June and July whole', () => {
    expect(toPlainText(mla({ ...section, accessed: '2025-01-05' }))).toMatch(/Accessed 5 Jan\. 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-06-30' }))).toMatch(/Accessed 30 June 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-05-01' }))).toMatch(/Accessed 1 May 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-07-04' }))).toMatch(/Accessed 4 July 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-09-07' }))).toMatch(/Accessed 7 Sept\. 2025\.$/);
  });
});
