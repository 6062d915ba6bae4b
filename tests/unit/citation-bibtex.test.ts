import { describe, expect, it } from 'vitest';
import { bibtex, escapeBibtex, protectCase } from '../../src/lib/citation/index.ts';
import { page, PAGE_URL, PROPER_NOUNS, readWithCitationJs, section, SECTION_URL } from '../support/citation.ts';

describe('BibTeX', () => {
  it('writes the section as a @techreport keyed by the section’s id, with the section in the note', () => {
    expect(bibtex(section)).toBe(
      [
        '@techreport{bala2024isk-ghafari-killed,',
        '  author = {Bala, Alka},',
        '  title = {{Islamic State Khorasan} ({IS-K}): A Profile},',
        '  type = {GP Short Notes},',
        '  series = {GP Short Notes},',
        '  number = {851},',
        '  date = {2024-03-28},',
        '  year = {2024},',
        '  month = mar,',
        `  url = {${SECTION_URL}},`,
        '  urldate = {YYYY-MM-DD},',
        '  note = {Section “Sanaullah Ghafari killed by the Taliban’s forces” of “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes the page keyed by the page’s slug, with the page in the note', () => {
    expect(bibtex(page)).toBe(
      [
        '@techreport{bala2024isk-leaders-killed,',
        '  author = {Bala, Alka},',
        '  title = {{Islamic State Khorasan} ({IS-K}): A Profile},',
        '  type = {GP Short Notes},',
        '  series = {GP Short Notes},',
        '  number = {851},',
        '  date = {2024-03-28},',
        '  year = {2024},',
        '  month = mar,',
        `  url = {${PAGE_URL}},`,
        '  urldate = {YYYY-MM-DD},',
        '  note = {Page “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('names no institution, since the note names no publisher', () => {
    expect(bibtex(section)).not.toMatch(/institution|publisher/);
  });

  it('escapes the characters TeX reads as commands', () => {
    expect(escapeBibtex('{a} & 50% of $5 #1 a_b ~ ^ \\')).toBe(
      '\\{a\\} \\& 50\\% of \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('escapes braces in a title before protecting names and acronyms in braces of its own', () => {
    expect(protectCase('IS-K and {braces} in US strikes', PROPER_NOUNS)).toBe('{IS-K} and \\{braces\\} in {US} strikes');
    expect(protectCase('The Tehrik-e Taliban Pakistan (TTP)', PROPER_NOUNS)).toBe('The {Tehrik-e Taliban Pakistan} ({TTP})');
    expect(protectCase('Leaders killed and the Taliban’s campaign against IS-K', PROPER_NOUNS)).toBe(
      'Leaders killed and the {Taliban}’s campaign against {IS-K}',
    );
  });

  it('protects the names it is given, and only those besides acronyms', () => {
    expect(protectCase('Talks in Doha after Soleimani', PROPER_NOUNS)).toBe('Talks in {Doha} after {Soleimani}');
    expect(protectCase('Talks in Doha after Soleimani', [])).toBe('Talks in Doha after Soleimani');
  });

  it('writes the note and the title escaped, but leaves the URL as it is', () => {
    const odd = bibtex({ ...section, title: 'Costs & benefits: 100% {sure}', sectionTitle: 'A_b #2' });
    expect(odd).toContain('  title = {Costs \\& Benefits: 100\\% \\{Sure\\}},');
    expect(odd).toContain('  note = {Section “A\\_b \\#2” of');
    expect(odd).toContain(`  url = {${SECTION_URL}},`);
  });

  it('reads back, by an independent parser (citation-js), as the same report with the same fields', () => {
    const [csl, ...more] = readWithCitationJs(bibtex({ ...section, accessed: '2025-09-07' }));
    expect(more).toEqual([]);
    expect(csl).toMatchObject({
      type: 'report',
      author: [{ given: 'Alka', family: 'Bala' }],
      title: 'Islamic State Khorasan (IS-K): A Profile',
      'collection-title': 'GP Short Notes',
      genre: 'GP Short Notes',
      number: '851',
      issued: { 'date-parts': [[2024, 3, 28]] },
      accessed: { 'date-parts': [[2025, 9, 7]] },
      URL: SECTION_URL,
      note: 'Section “Sanaullah Ghafari killed by the Taliban’s forces” of “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer',
    });
  });

  it('reads back escaped characters as the characters themselves', () => {
    const [csl] = readWithCitationJs(bibtex({ ...section, title: 'Costs & benefits: 100% {sure}', sectionTitle: 'A_b #2' }));
    expect(csl!.title).toBe('Costs & Benefits: 100% {Sure}');
    expect(csl!.note).toMatch(/^Section “A_b #2” of/);
  });
});
