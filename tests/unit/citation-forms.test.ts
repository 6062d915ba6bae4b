import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citationForms, mla, ris, toPlainText } from '../../src/lib/citation/index.ts';
import { section, SECTION_URL } from '../support/citation.ts';

describe('citationForms', () => {
  it('gives the five styles in order, prose forms as their runs joined', () => {
    const forms = citationForms(section);
    expect(forms.map((f) => f.id)).toEqual(['apa', 'apa-in-text', 'chicago', 'chicago-note', 'mla', 'bibtex', 'ris']);
    expect([...new Set(forms.map((f) => f.style))]).toEqual(['APA (7th ed.)', 'Chicago (17th ed.)', 'MLA (9th ed.)', 'BibTeX', 'RIS']);
    for (const form of forms) if (form.kind === 'prose') expect(form.text).toBe(toPlainText(form.runs));
    expect(forms.find((f) => f.id === 'ris')).toMatchObject({ kind: 'code', crlf: true });
  });

  it('shows each style’s placeholder when the reader has not given an access date', () => {
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

  it('writes a given access date in each style’s own form', () => {
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

  it('passes the proper nouns to every style that changes the case of a title', () => {
    const input = { ...section, title: 'Lashkar-e Islam In Doha' };
    const withNames = citationForms({ ...input, properNouns: ['Lashkar-e Islam', 'Doha'] });
    const without = citationForms({ ...input, properNouns: [] });
    const changed = withNames.filter((f, i) => f.text !== without[i]!.text).map((f) => f.id);
    expect(changed).toEqual(['apa', 'chicago', 'chicago-note', 'mla', 'bibtex']);
    expect(withNames.map((f) => f.text).join('\n')).not.toMatch(/Lashkar-E|islam|doha/);
  });
});
