import { describe, expect, it } from 'vitest';
import {
  apa,
  bibtex,
  chicago,
  citationForms,
  citationKey,
  escapeBibtex,
  mla,
  protectCase,
  ris,
  sentenceCase,
  titleCase,
  toPlainText,
  type CitationInput,
} from '../../src/lib/citation.ts';
import { realContent } from '../support/content.ts';

const note = {
  authors: ['Alka Bala'],
  title: 'Islamic State Khorasan (IS-K): A profile',
  series: 'GP Short Notes',
  number: 851,
  date: '2024-03-28',
  siteName: 'IS-K Profile Explorer',
} satisfies Partial<CitationInput>;

const page: CitationInput = {
  ...note,
  pageTitle: 'Leaders killed and the Taliban’s campaign against IS-K',
  url: 'https://isk-profile.example.org/leadership/leaders-killed/',
};

const section: CitationInput = {
  ...page,
  sectionTitle: 'Sanaullah Ghafari killed by the Taliban’s forces',
  url: 'https://isk-profile.example.org/leadership/leaders-killed/#ghafari-killed',
};

const PAGE_URL = 'https://isk-profile.example.org/leadership/leaders-killed/';
const SECTION_URL = 'https://isk-profile.example.org/leadership/leaders-killed/#ghafari-killed';

/** Every entry title and section heading of the site, read from the content. */
function siteTitles(): string[] {
  const titles: string[] = [];
  for (const { text } of realContent().filter((f) => f.path.endsWith('.mdx'))) {
    for (const m of text.matchAll(/^title:\s*["']?(.*?)["']?\s*$/gm)) titles.push(m[1]!);
    for (const m of text.matchAll(/^#{2,6}\s+(.*?)\s*\[#[a-z0-9-]+\]\s*$/gm)) titles.push(m[1]!);
  }
  return titles;
}

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
});

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
});

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
    expect(protectCase('IS-K and {braces} in US strikes')).toBe('{IS-K} and \\{braces\\} in {US} strikes');
    expect(protectCase('The Tehrik-e Taliban Pakistan (TTP)')).toBe('The {Tehrik-e Taliban Pakistan} ({TTP})');
    expect(protectCase('Leaders killed and the Taliban’s campaign against IS-K')).toBe(
      'Leaders killed and the {Taliban}’s campaign against {IS-K}',
    );
  });

  it('writes the note and the title escaped, but leaves the URL as it is', () => {
    const odd = bibtex({ ...section, title: 'Costs & benefits: 100% {sure}', sectionTitle: 'A_b #2' });
    expect(odd).toContain('  title = {Costs \\& Benefits: 100\\% \\{Sure\\}},');
    expect(odd).toContain('  note = {Section “A\\_b \\#2” of');
    expect(odd).toContain(`  url = {${SECTION_URL}},`);
  });

  it('keys a citation on the family name, year, the title’s short form and the section or page', () => {
    expect(citationKey(section)).toBe('bala2024isk-ghafari-killed');
    expect(citationKey(page)).toBe('bala2024isk-leaders-killed');
    expect(citationKey({ ...section, title: 'A caliphate without borders', url: 'https://x.org/' })).toBe('bala2024caliphate');
  });
});

describe('RIS', () => {
  it('writes the section as a report (RPRT) with its series in T2 and its number in SN', () => {
    expect(ris(section)).toBe(
      [
        'TY  - RPRT',
        'AU  - Bala, Alka',
        'TI  - Islamic State Khorasan (IS-K): A profile',
        'T2  - GP Short Notes',
        'SN  - 851',
        'PY  - 2024',
        'DA  - 2024/03/28',
        'DB  - IS-K Profile Explorer',
        `UR  - ${SECTION_URL}`,
        'Y2  - YYYY/MM/DD',
        'N1  - Section “Sanaullah Ghafari killed by the Taliban’s forces” of “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the page the same way, with the page in N1', () => {
    expect(ris(page)).toBe(
      [
        'TY  - RPRT',
        'AU  - Bala, Alka',
        'TI  - Islamic State Khorasan (IS-K): A profile',
        'T2  - GP Short Notes',
        'SN  - 851',
        'PY  - 2024',
        'DA  - 2024/03/28',
        'DB  - IS-K Profile Explorer',
        `UR  - ${PAGE_URL}`,
        'Y2  - YYYY/MM/DD',
        'N1  - Page “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer.',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('ends every line with CR LF and writes every line as a tag, two spaces, a hyphen and a space', () => {
    const text = ris(section);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe('TY  - RPRT');
  });

  it('writes one AU line per author, family name first', () => {
    expect(ris({ ...section, authors: ['Alka Bala', 'John Smith'] })).toContain('AU  - Bala, Alka\r\nAU  - Smith, John\r\n');
  });
});

describe('access date', () => {
  it('shows each style’s placeholder when the reader has not given one', () => {
    const forms = citationForms(section)
      .map((f) => f.text)
      .join('\n');
    expect(forms).toContain('Retrieved [Month Day, Year], from');
    expect(forms).toContain('Accessed [Month Day, Year].');
    expect(forms).toContain('accessed [Month Day, Year],');
    expect(forms).toContain('Accessed [Day Month Year].');
    expect(forms).toContain('urldate = {YYYY-MM-DD}');
    expect(forms).toContain('Y2  - YYYY/MM/DD');
  });

  it('writes a given date in each style’s own form', () => {
    const read = { ...section, accessed: '2025-09-07' };
    expect(toPlainText(apa(read).reference)).toContain(`Retrieved September 7, 2025, from ${SECTION_URL}`);
    expect(toPlainText(chicago(read).bibliography)).toContain('Accessed September 7, 2025.');
    expect(toPlainText(chicago(read).note)).toContain('accessed September 7, 2025,');
    expect(toPlainText(mla(read))).toMatch(/Accessed 7 Sept\. 2025\.$/);
    expect(bibtex(read)).toContain('urldate = {2025-09-07}');
    expect(ris(read)).toContain('Y2  - 2025/09/07\r\n');
    expect(
      citationForms(read)
        .map((f) => f.text)
        .join('\n'),
    ).not.toMatch(/\[|YYYY/);
  });

  it('abbreviates months in MLA as MLA does: Jan., Sept., but May, June and July whole', () => {
    expect(toPlainText(mla({ ...section, accessed: '2025-01-05' }))).toMatch(/Accessed 5 Jan\. 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-06-30' }))).toMatch(/Accessed 30 June 2025\.$/);
    expect(toPlainText(mla({ ...section, accessed: '2025-05-01' }))).toMatch(/Accessed 1 May 2025\.$/);
  });

  it('refuses a date that is not a real day written as YYYY-MM-DD', () => {
    expect(() => apa({ ...section, accessed: '7 September 2025' })).toThrow(/YYYY-MM-DD/);
    expect(() => ris({ ...section, accessed: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('titleCase', () => {
  it('capitalises the site’s titles headline-style, keeping names, acronyms and minor words', () => {
    const cases: [string, string][] = [
      ['Islamic State Khorasan (IS-K): A profile', 'Islamic State Khorasan (IS-K): A Profile'],
      ['Leaders killed and the Taliban’s campaign against IS-K', 'Leaders Killed and the Taliban’s Campaign against IS-K'],
      ['Sanaullah Ghafari killed by the Taliban’s forces', 'Sanaullah Ghafari Killed by the Taliban’s Forces'],
      ['IS-K versus the Taliban', 'IS-K versus the Taliban'],
      ['The Tehrik-e Taliban Pakistan (TTP)', 'The Tehrik-e Taliban Pakistan (TTP)'],
      ['Leaders killed in US strikes', 'Leaders Killed in US Strikes'],
      ['An IS affiliate since 2014', 'An IS Affiliate since 2014'],
      ['Where IS-K’s members came from', 'Where IS-K’s Members Came From'],
      ['Jihad in Khorasan and a caliphate beyond borders', 'Jihad in Khorasan and a Caliphate beyond Borders'],
      ['Attacks in Afghanistan and Pakistan, 2017–2018', 'Attacks in Afghanistan and Pakistan, 2017–2018'],
      ['Strategies, methods and targets', 'Strategies, Methods and Targets'],
    ];
    for (const [title, expected] of cases) expect(titleCase(title)).toBe(expected);
  });

  it('lowercases a minor word in the middle, not the first, the last or the first after a colon', () => {
    expect(titleCase('The Rise Of a group: an account to go by')).toBe('The Rise of a Group: An Account to Go By');
    expect(titleCase('left vs. right')).toBe('Left vs. Right');
  });

  it('capitalises each part of a hyphenated word but keeps a listed name as it is written', () => {
    expect(titleCase('a self-made up-to-date group')).toBe('A Self-Made Up-to-Date Group');
    expect(titleCase('Lashkar-e Islam members')).toBe('Lashkar-e Islam Members');
  });
});

describe('sentenceCase', () => {
  it('keeps the site’s titles as they are, since they are written in sentence case', () => {
    expect(sentenceCase('IS-K versus the Taliban')).toBe('IS-K versus the Taliban');
    expect(sentenceCase('Islamic State Khorasan (IS-K): A profile')).toBe('Islamic State Khorasan (IS-K): A profile');
  });

  it('lowercases common words of a title-case title, keeping names, acronyms and the first word after a colon', () => {
    expect(sentenceCase('Leaders Killed And The Taliban’s Campaign Against IS-K')).toBe(
      'Leaders killed and the Taliban’s campaign against IS-K',
    );
    expect(sentenceCase('The Moscow Attack Claim Of March 2024')).toBe('The Moscow attack claim of March 2024');
    expect(sentenceCase('Islamic State Khorasan (IS-K): A Profile')).toBe('Islamic State Khorasan (IS-K): A profile');
    expect(sentenceCase('Founding Leaders And The First Khorasan Shura')).toBe('Founding leaders and the first Khorasan Shura');
  });

  it('takes its list of names as a parameter', () => {
    expect(sentenceCase('Talks In Doha', ['Doha'])).toBe('Talks in Doha');
    expect(sentenceCase('Talks In Doha', [])).toBe('Talks in doha');
  });

  it('matches a name of several words only whole: "State" alone is a common word', () => {
    expect(sentenceCase('The Islamic State And The State')).toBe('The Islamic State and the state');
  });
});

describe('the site’s own titles', () => {
  const titles = siteTitles();

  it('finds every entry title and heading in the content', () => {
    expect(titles.length).toBeGreaterThan(20);
    expect(titles).toContain('Sanaullah Ghafari killed by the Taliban’s forces');
  });

  it('are already in sentence case, so APA shows them as written', () => {
    for (const title of titles) expect(sentenceCase(title)).toBe(title);
  });

  it('come back unchanged from title case through sentence case, so no name or acronym is lost', () => {
    for (const title of titles) expect(sentenceCase(titleCase(title))).toBe(title);
  });
});

describe('citationForms', () => {
  it('gives the five styles in order, prose forms as their runs joined', () => {
    const forms = citationForms(section);
    expect(forms.map((f) => f.id)).toEqual(['apa', 'apa-in-text', 'chicago', 'chicago-note', 'mla', 'bibtex', 'ris']);
    expect([...new Set(forms.map((f) => f.style))]).toEqual(['APA (7th ed.)', 'Chicago (17th ed.)', 'MLA (9th ed.)', 'BibTeX', 'RIS']);
    for (const form of forms) if (form.kind === 'prose') expect(form.text).toBe(toPlainText(form.runs));
    expect(forms.find((f) => f.id === 'ris')).toMatchObject({ kind: 'code', crlf: true });
  });
});
