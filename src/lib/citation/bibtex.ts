/**
 * BibTeX, written by hand rather than by citation-js (`@citation-js/plugin-bibtex` 0.8.2), which
 * gets this report wrong in ways its options do not fix:
 * - `month = {mar 28}`: the day goes into the month field as a braced string, which BibTeX prints
 *   literally and biber rejects; BibTeX wants the bare macro `mar`, and the day belongs in `date`.
 * - no `date` and no `urldate` in `bibtex` output (only `biblatex` output has them, and that
 *   writes `@report` with `entrysubtype` instead of `type`, so "GP Short Notes" is not printed).
 * - case protection by word, not by name: `Islamic {State} {Khorasan} ({IS}-{K}): A {Profile}`
 *   freezes "Profile", so a style that sets titles in sentence case cannot lower it.
 * - escaping is all or nothing: with `asciiOnly` (the default) “ ” ’ become `` '' and
 *   `\textquoteright{}`, and braces `\textbraceleft{}`; without it, & % # _ $ are not escaped at
 *   all, which breaks the TeX run.
 * - an extra `howpublished` repeating the URL with `\#`, a field @techreport does not have.
 * - the key is its own ("Bala2024Islamic") unless a global option is changed for every caller.
 * It does read this module's output back as the same report (see the tests), which is where it
 * serves: as an independent reader.
 */
import { citationKey } from './citation-key.ts';
import { formatDate } from '../format.ts';
import { accessDay, numericDate, parseDate } from './dates.ts';
import { locationNote } from './locator.ts';
import { inverted, splitName } from './names.ts';
import { titleCase } from './title-case.ts';
import type { CitationInput } from './types.ts';
import { hasInnerCapital, properMask, tokenize } from './words.ts';

/** BibTeX's predefined month macros (in every standard .bst), written bare, not braced. */
const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes the characters TeX reads as commands, so text reaches the page as written. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => SPECIALS[c]!);
}

/**
 * A title for BibTeX: escaped, with names and acronyms in braces, so styles that lowercase
 * titles keep "{Islamic State Khorasan} ({IS-K})". Neighbouring names share one pair of braces.
 */
export function protectCase(title: string, properNouns: readonly string[]): string {
  const tokens = tokenize(title);
  const proper = properMask(tokens, properNouns);
  const keep = tokens.map((t, i) => proper[i]! || hasInnerCapital(t.core));
  let out = '';
  tokens.forEach((t, i) => {
    if (!keep[i]) {
      out += `${i ? ' ' : ''}${escapeBibtex(t.raw)}`;
      return;
    }
    // Open a group unless the previous word is protected and nothing but a space lies between.
    const joins = i > 0 && keep[i - 1] && tokens[i - 1]!.tail === '' && t.lead === '';
    const closes = !(i + 1 < tokens.length && keep[i + 1] && t.tail === '' && tokens[i + 1]!.lead === '');
    out += joins ? ` ${escapeBibtex(t.core)}` : `${i ? ' ' : ''}${escapeBibtex(t.lead)}{${escapeBibtex(t.core)}`;
    out += closes ? `}${escapeBibtex(t.tail)}` : '';
  });
  return out;
}

/**
 * BibTeX, as `@techreport`: the note is a report in a numbered series. `type` is what BibTeX and
 * biblatex print before `number` ("GP Short Notes 851"; left out, it would say "Technical Report");
 * `series` is where biblatex and Zotero look for the series. No `institution`, since the note names
 * none, even though BibTeX will warn that it is empty. `date` is biblatex's; `year` and `month`
 * are BibTeX's. The page or section is in `note`, and the URL leads to it.
 */
export function bibtex(input: CitationInput): string {
  const d = parseDate(input.date);
  const a = accessDay(input);
  const note = locationNote(input);
  const fields: [string, string][] = [
    ['author', `{${input.authors.map((a) => escapeBibtex(inverted(splitName(a)))).join(' and ')}}`],
    ['title', `{${protectCase(titleCase(input.title, input.properNouns), input.properNouns)}}`],
    ['type', `{${escapeBibtex(input.series)}}`],
    ['series', `{${escapeBibtex(input.series)}}`],
    ['number', `{${input.number}}`],
    ['date', `{${input.date}}`],
    ['year', `{${d.year}}`],
    ['month', MONTH_MACROS[d.month - 1]!],
    // URLs are verbatim fields: escaping "#" would put a backslash into the link.
    ['url', `{${input.url}}`],
    ['urldate', `{${a ? numericDate(a, '-') : 'YYYY-MM-DD'}}`],
    // biblatex's `version` (BibTeX ignores it): the site's edition, whose words the URL pins.
    ...(input.edition ? [['version', `{Edition of ${formatDate(input.edition)}}`] as [string, string]] : []),
    ...(note ? [['note', `{${escapeBibtex(note)}}`] as [string, string]] : []),
  ];
  return `@techreport{${citationKey(input)},\n${fields.map(([k, v]) => `  ${k} = ${v},\n`).join('')}}\n`;
}
