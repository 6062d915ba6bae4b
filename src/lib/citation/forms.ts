/** Every form of every style, in the order "Cite this" shows them. */
import { apa } from './apa.ts';
import { bibtex } from './bibtex.ts';
import { chicago } from './chicago.ts';
import { mla } from './mla.ts';
import { toPlainText } from './prose.ts';
import { ris } from './ris.ts';
import type { CitationForm, CitationInput, Run } from './types.ts';

function prose(id: string, style: string, label: string, runs: Run[]): CitationForm {
  return { kind: 'prose', id, style, label, runs, text: toPlainText(runs) };
}

/** APA, Chicago and MLA as runs and text; BibTeX and RIS as code, RIS marked for CR LF line ends. */
export function citationForms(input: CitationInput): CitationForm[] {
  const a = apa(input);
  const c = chicago(input);
  return [
    prose('apa', 'APA (7th ed.)', 'APA (7th ed.), reference', a.reference),
    prose('apa-in-text', 'APA (7th ed.)', 'APA (7th ed.), in-text citation', a.inText),
    prose('chicago', 'Chicago (17th ed.)', 'Chicago (17th ed.), bibliography entry', c.bibliography),
    prose('chicago-note', 'Chicago (17th ed.)', 'Chicago (17th ed.), first note', c.note),
    prose('mla', 'MLA (9th ed.)', 'MLA (9th ed.), works-cited entry', mla(input)),
    { kind: 'code', id: 'bibtex', style: 'BibTeX', label: 'BibTeX', text: bibtex(input), crlf: false },
    { kind: 'code', id: 'ris', style: 'RIS', label: 'RIS', text: ris(input), crlf: true },
  ];
}
