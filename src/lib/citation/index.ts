/**
 * "Cite this": the note, read on this site, cited as a page or one section of it, in APA (7th ed.),
 * Chicago (17th ed., notes and bibliography), MLA (9th ed.), BibTeX and RIS.
 *
 * What is cited is the note: a report in a numbered series (GP Short Notes no. 851), by its author,
 * dated. This site is where it was read, and the page or section is where in it. The note names no
 * publisher, so none is given: an invented one would be a false statement about the source.
 *
 * Where the section goes follows each style's own rule for a part of a work:
 * - APA: the reference list cites the whole report; the part goes in the in-text citation only.
 * - Chicago: the bibliography cites the whole work; the note gives the heading after "under".
 * - MLA: the part is the title of the source; the note is its first container, the site its second.
 * - BibTeX and RIS describe the report; the URL leads to the section, and a note names it.
 * Each style's module cites the rules it follows.
 */
export type { CitationForm, CitationInput, Run } from './types.ts';
export { apa } from './apa.ts';
export { chicago } from './chicago.ts';
export { mla } from './mla.ts';
export { bibtex, escapeBibtex, protectCase } from './bibtex.ts';
export { citationKey } from './citation-key.ts';
export { ris } from './ris.ts';
export { citationForms } from './forms.ts';
export { sentenceCase, titleCase } from './title-case.ts';
export { properNounsOf, type NamingRecord } from './proper-nouns.ts';
export { toPlainText } from './prose.ts';
