import { describe, expect, it } from 'vitest';
import { ris } from '../../src/lib/citation/index.ts';
import { page, PAGE_URL, readWithCitationJs, section, SECTION_URL } from '../support/citation.ts';

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

  it('reads back, by an independent parser (citation-js), as the same report with the same fields', () => {
    const [csl, ...more] = readWithCitationJs(ris({ ...section, accessed: '2025-09-07' }));
    expect(more).toEqual([]);
    expect(csl).toMatchObject({
      type: 'report',
      author: [{ given: 'Alka', family: 'Bala' }],
      title: 'Islamic State Khorasan (IS-K): A profile',
      'collection-title': 'GP Short Notes',
      number: '851',
      issued: { 'date-parts': [[2024, 3, 28]] },
      accessed: { 'date-parts': [[2025, 9, 7]] },
      URL: SECTION_URL,
      source: 'IS-K Profile Explorer',
      note: 'Section “Sanaullah Ghafari killed by the Taliban’s forces” of “Leaders killed and the Taliban’s campaign against IS-K”, on IS-K Profile Explorer.',
    });
  });
});
