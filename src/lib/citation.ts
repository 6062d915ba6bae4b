/**
 * "Cite this": the note, read on this site, cited as a page or one section of it, in APA (7th ed.),
 * Chicago (17th ed., notes and bibliography), MLA (9th ed.), BibTeX and RIS.
 *
 * What is cited is the note: a report in a numbered series (GP Short Notes no. 851), by its author,
 * dated. This site is where it was read, and the page or section is where in it. The note names no
 * publisher, so none is given: an invented one would be a false statement about the source.
 *
 * Where the section goes follows each style's own rule for a part of a work:
 * - APA: the reference list cites the whole report; the part goes in the in-text citation only
 *   (APA 7, 8.13 and 9.2: "Kumar, 2017, Chapter 2"; a heading as it appears, then "section").
 * - Chicago: the bibliography cites the whole work; the note gives the locator, and for text
 *   without page numbers that is the heading, after "under" (CMOS 17, 14.21 and 14.160).
 * - MLA: the part is the title of the source, in quotation marks; the note is its first container
 *   and the site its second (MLA 9, 2.3 and 2.4, containers).
 * - BibTeX and RIS describe the report; the URL leads to the section, and a note names it.
 * The page's title and the section's heading are the site's, not the note's; they serve to find
 * the text, as a page number would.
 */

/** What a citation is made from. Dates are ISO: YYYY-MM-DD. */
export interface CitationInput {
  /** Each as "Given Family": "Alka Bala". */
  authors: readonly string[];
  /** The note's title, as published: "Islamic State Khorasan (IS-K): A profile". */
  title: string;
  series: string;
  number: number;
  date: string;
  /** The site the note is read on: "IS-K Profile Explorer". */
  siteName: string;
  /** The entry's title, when citing a page or a section of it. */
  pageTitle?: string | undefined;
  /** The section's heading, when citing a section. */
  sectionTitle?: string | undefined;
  /** The permanent URL of the page or section. */
  url: string;
  /** The day the reader read it; without it, each style's placeholder is shown. */
  accessed?: string | undefined;
}

/** A stretch of citation text; `italic` where the style sets it in italics. */
export interface Run {
  text: string;
  italic?: boolean;
}

/** One citation in one form, ready to show and to copy. */
export type CitationForm =
  | { kind: 'prose'; id: string; style: string; label: string; runs: Run[]; text: string }
  | { kind: 'code'; id: string; style: string; label: string; text: string; crlf: boolean };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9 abbreviates months longer than four letters; May, June and July stay whole. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Words that title case leaves in lowercase unless first, last or after a colon: articles,
 * coordinating conjunctions, and prepositions of any length (CMOS 17, 8.159; MLA 9, 1.2.1).
 */
export const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'for',
  'nor',
  'on',
  'at',
  'to',
  'by',
  'in',
  'of',
  'up',
  'as',
  'vs.',
  'against',
  'among',
  'beyond',
  'from',
  'into',
  'since',
  'under',
  'versus',
  'via',
  'with',
  'within',
  'without',
]);

/**
 * Names in the site's titles and the note that keep their capitals in sentence case, and their
 * exact spelling in title case ("Tehrik-e", not "Tehrik-E"). Several words are matched together.
 */
export const PROPER_NOUNS: readonly string[] = [
  'Islamic State Khorasan',
  'Islamic State',
  'IS-K',
  'IS',
  'ISIS',
  'Khorasan',
  'Khorasan Shura',
  'Taliban',
  'Tehrik-e Taliban Pakistan',
  'TTP',
  'Lashkar-e Islam',
  'NATO',
  'Amaq',
  'Telegram',
  'US',
  'Afghanistan',
  'Pakistan',
  'Iran',
  'Central Asia',
  'South Asia',
  'Uzbekistan',
  'Moscow',
  'Kabul',
  'Kunar',
  'Nangarhar',
  'Jowzjan',
  'Paktia',
  'Kunduz',
  'Herat',
  'Sanaullah Ghafari',
  'Ghafari',
  'Hafiz Saeed Khan',
  'Abdul Rauf Khadim',
  'Zabihullah Mujahid',
  'Sharia',
  'West Point',
  'GP Short Notes',
  ...MONTHS,
];

interface Token {
  /** The word as written, with its punctuation. */
  raw: string;
  /** Punctuation before the word: "(" of "(IS-K):". */
  lead: string;
  /** The word itself, without a possessive "’s". */
  core: string;
  /** Everything after the core: "):" of "(IS-K):", "’s" of "Taliban’s". */
  tail: string;
}

function tokenize(title: string): Token[] {
  return title
    .split(' ')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const m = /^([(“"‘'[]*)(.*?)((?:[’']s)?[)”"’'\],:;.!?]*)$/u.exec(raw)!;
      return { raw, lead: m[1]!, core: m[2]!, tail: m[3]! };
    });
}

/** Which tokens belong to a proper noun of the list, matched as whole words, longest first. */
function properMask(tokens: Token[], properNouns: readonly string[]): boolean[] {
  const phrases = properNouns.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  const mask = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrases.find((words) => words.every((w, j) => tokens[i + j]?.core === w));
    // A phrase ends where punctuation other than a possessive breaks it ("Khorasan (IS-K)" is two).
    if (phrase) phrase.forEach((_, j) => (mask[i + j] = true));
  }
  return mask;
}

/** A capital after the first letter marks an acronym or a name as written: "IS-K", "TTP", "US". */
function hasInnerCapital(word: string): boolean {
  return /\p{Lu}/u.test(word.replace(/^\P{L}*\p{L}/u, ''));
}

/** The first word of a title, or of a subtitle after a colon, question or exclamation mark. */
function startsPart(tokens: Token[], i: number): boolean {
  return i === 0 || /[:?!]$/.test(tokens[i - 1]!.raw);
}

/** "of", "against", and "vs." (whose period the tokenizer puts in the tail). */
function isMinor(word: string): boolean {
  const w = word.toLowerCase();
  return MINOR_WORDS.has(w) || MINOR_WORDS.has(`${w}.`);
}

function capitalize(word: string): string {
  return word.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/**
 * Headline-style capitals for Chicago and MLA: every word capitalised except minor words in the
 * middle; names and acronyms are kept exactly as written. Never lowercases a word, so "IS-K" and
 * "US" survive.
 */
export function titleCase(title: string, properNouns: readonly string[] = PROPER_NOUNS): string {
  const tokens = tokenize(title);
  const proper = properMask(tokens, properNouns);
  return tokens
    .map((t, i) => {
      if (proper[i] || hasInnerCapital(t.core)) return t.raw;
      const edge = startsPart(tokens, i) || i === tokens.length - 1;
      if (!edge && isMinor(t.core)) return t.raw.toLowerCase();
      // Each part of a hyphenated compound is capitalised, except minor words ("Self-Made", "Up-to-Date").
      const core = t.core
        .split('-')
        .map((part, j) => (j > 0 && isMinor(part) ? part : capitalize(part)))
        .join('-');
      return t.lead + core + t.tail;
    })
    .join(' ');
}

/**
 * APA's sentence case: capitals only for the first word, the first word after a colon, and names.
 * A word is lowered only when it is neither in the list of names nor written with an inner capital,
 * so names are never guessed at.
 */
export function sentenceCase(title: string, properNouns: readonly string[] = PROPER_NOUNS): string {
  const tokens = tokenize(title);
  const proper = properMask(tokens, properNouns);
  return tokens
    .map((t, i) => {
      if (startsPart(tokens, i)) return capitalize(t.raw);
      if (proper[i] || hasInnerCapital(t.core)) return t.raw;
      return t.raw.toLowerCase();
    })
    .join(' ');
}

interface Name {
  given: string;
  family: string;
}

/** "Alka Bala" → given "Alka", family "Bala": the last word is the family name. */
function splitName(name: string): Name {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** "Alka" → "A.", "Mary Ann" → "M. A.", "Jean-Paul" → "J.-P." (APA 7, 9.8). */
function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part[0]}.`)
        .join('-'),
    )
    .join(' ');
}

function inverted({ given, family }: Name): string {
  return given ? `${family}, ${given}` : family;
}

function natural({ given, family }: Name): string {
  return given ? `${given} ${family}` : family;
}

/** Ends a stretch of text with one period, not two after an initial ("Smith, J."). */
function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Reads an ISO date, refusing anything else, since every style rewrites it differently. */
function parseDate(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (!m || month < 1 || month > 12 || real.getUTCDate() !== day) {
    throw new Error(`The date "${iso}" is not a day written as YYYY-MM-DD.`);
  }
  return { year, month, day };
}

/** The day the reader read it, checked; undefined when the style's placeholder is wanted. */
function accessDay(input: CitationInput): Day | undefined {
  return input.accessed ? parseDate(input.accessed) : undefined;
}

/** "March 28, 2024": APA and Chicago. */
function monthDayYear(d: Day): string {
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

/** "28 Mar. 2024": MLA. */
function dayMonthYear(d: Day): string {
  return `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The most precise part cited: the section, else the page, else none (the whole note). */
function part(input: CitationInput): string | undefined {
  return input.sectionTitle ?? input.pageTitle;
}

/** A title in quotation marks with the punctuation that follows it inside ("Title.” / “Title?”). */
function quoted(title: string, punctuation: string): string {
  return /[?!]$/.test(title) ? `“${title}”` : `“${title}${punctuation}”`;
}

/** Joins runs into the text a reader would copy. */
export function toPlainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** "Bala, A.", "Bala, A., & Smith, J.", and past 20 authors the first 19, an ellipsis, the last (APA 7, 9.8). */
function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName).map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** "Bala", "Bala & Smith", "Bala et al." (APA 7, 8.17). */
function apaInTextAuthors(authors: readonly string[]): string {
  const families = authors.map((a) => splitName(a).family);
  if (families.length >= 3) return `${families[0]} et al.`;
  return families.join(' & ');
}

/**
 * APA 7: the report (10.4: author, date, title in italics and sentence case, the series and
 * number in parentheses), read on the site, whose name stands where a webpage's site name does
 * (10.16), with a retrieval date (9.16). The reference list cites the whole report, and the page
 * or section is named in the in-text citation: a heading as it appears, then "section" (8.13).
 */
export function apa(input: CitationInput): { reference: Run[]; inText: Run[] } {
  const d = parseDate(input.date);
  const accessed = accessDay(input);
  const retrieved = accessed ? monthDayYear(accessed) : '[Month Day, Year]';
  const where = part(input);
  const year = d.year;
  return {
    reference: [
      { text: `${apaAuthors(input.authors)} (${year}, ${MONTHS[d.month - 1]} ${d.day}). ` },
      { text: sentenceCase(input.title), italic: true },
      { text: ` (${input.series} No. ${input.number}). ${period(input.siteName)} Retrieved ${retrieved}, from ${input.url}` },
    ],
    inText: [{ text: `(${apaInTextAuthors(input.authors)}, ${year}${where ? `, ${where} section` : ''})` }],
  };
}

/** Chicago's bibliography names: the first inverted; past ten, seven and "et al." (CMOS 17, 14.76). */
function chicagoBibliographyAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName);
  const listed = names.length > 10 ? names.slice(0, 7) : names;
  const written = listed.map((n, i) => (i === 0 ? inverted(n) : natural(n)));
  if (names.length > 10) return `${written.join(', ')}, et al.`;
  if (written.length <= 1) return written.join('');
  if (written.length === 2) return `${written[0]}, and ${written[1]}`;
  return `${written.slice(0, -1).join(', ')}, and ${written.at(-1)}`;
}

/** Chicago's note names: up to three in full, more as the first and "et al." (CMOS 17, 14.76). */
function chicagoNoteAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName).map(natural);
  if (names.length > 3) return `${names[0]} et al.`;
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/**
 * Chicago 17, notes and bibliography: the note's title in quotation marks and headline style,
 * the series roman with its number ("GP Short Notes, no. 851", 14.123), the date, the site as the
 * place it was consulted, an access date (14.12), then the URL. The bibliography lists the whole
 * work; the first note adds the locator, which for text without page numbers is the heading after
 * "under" (14.21, 14.160).
 */
export function chicago(input: CitationInput): { bibliography: Run[]; note: Run[] } {
  const date = monthDayYear(parseDate(input.date));
  const day = accessDay(input);
  const accessed = day ? monthDayYear(day) : '[Month Day, Year]';
  const title = titleCase(input.title);
  const series = `${input.series}, no. ${input.number}`;
  const where = part(input);
  const under = where ? `under ${quoted(titleCase(where), ',')} ` : '';
  return {
    bibliography: [
      {
        text:
          `${period(chicagoBibliographyAuthors(input.authors))} ${quoted(title, '.')} ${series}, ${date}. ` +
          `${period(input.siteName)} Accessed ${accessed}. ${input.url}.`,
      },
    ],
    note: [
      {
        text:
          `${chicagoNoteAuthors(input.authors)}, ${quoted(title, ',')} ${series}, ${date}, ${under}` +
          `${input.siteName}, accessed ${accessed}, ${input.url}.`,
      },
    ],
  };
}

/** "Bala, Alka", "Bala, Alka, and John Smith", "Bala, Alka, et al." (MLA 9, 2.1). */
function mlaAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName);
  if (names.length >= 3) return `${inverted(names[0]!)}, et al.`;
  if (names.length === 2) return `${inverted(names[0]!)}, and ${natural(names[1]!)}`;
  return names.map(inverted).join('');
}

/**
 * MLA 9, core elements and containers: the page or section is the title of the source, in
 * quotation marks (2.3); the note is the first container, in italics, with its number in the
 * series and its date (2.4, "28 Mar. 2024"); the site is the second container, in italics, with
 * the URL as location, without "https://" (5.95); then the access date, which MLA places last.
 * Without a page or section, the note itself is the source.
 */
export function mla(input: CitationInput): Run[] {
  const date = dayMonthYear(parseDate(input.date));
  const day = accessDay(input);
  const accessed = day ? dayMonthYear(day) : '[Day Month Year]';
  const title = titleCase(input.title);
  const where = part(input);
  const series = `${input.series}, no. ${input.number}, ${date}. `;
  const location = input.url.replace(/^https?:\/\//, '');
  const author = input.authors.length ? `${period(mlaAuthors(input.authors))} ` : '';
  return [
    ...(where
      ? [{ text: `${author}${quoted(titleCase(where), '.')} ` }, { text: title, italic: true }, { text: `, ${series}` }]
      : [{ text: author }, { text: title, italic: true }, { text: `. ${capitalize(series)}` }]),
    { text: input.siteName, italic: true },
    { text: `, ${period(location)} Accessed ${accessed}.` },
  ];
}

/** The page or section in words, for BibTeX's and RIS's notes: undefined for the whole note. */
function locationNote(input: CitationInput): string | undefined {
  const on = `on ${input.siteName}`;
  if (input.sectionTitle && input.pageTitle) return `Section “${input.sectionTitle}” of “${input.pageTitle}”, ${on}`;
  if (input.sectionTitle) return `Section “${input.sectionTitle}”, ${on}`;
  if (input.pageTitle) return `Page “${input.pageTitle}”, ${on}`;
  return undefined;
}

const BIBTEX_SPECIALS: Record<string, string> = {
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
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c]!);
}

/**
 * A title for BibTeX: escaped, with names and acronyms in braces, so styles that lowercase
 * titles keep "{Islamic State Khorasan} ({IS-K})". Neighbouring names share one pair of braces.
 */
export function protectCase(title: string, properNouns: readonly string[] = PROPER_NOUNS): string {
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

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A stable key: family name, year, the title's own short form when it gives one ("IS-K" → "isk")
 * or else its first main word, then the section's id or the page's slug from the URL:
 * "bala2024isk-ghafari-killed". Stable because ids and URLs are permanent.
 */
export function citationKey(input: CitationInput): string {
  const family = slug(splitName(input.authors[0] ?? 'anon').family).replace(/-/g, '');
  const year = parseDate(input.date).year;
  const short = /\(([^)]+)\)/.exec(input.title)?.[1] ?? input.title.split(' ').find((w) => !isMinor(w)) ?? '';
  const url = new URL(input.url);
  const place = url.hash.slice(1) || url.pathname.split('/').filter(Boolean).at(-1) || '';
  return [`${family}${year}${slug(short).replace(/-/g, '')}`, slug(place)].filter(Boolean).join('-');
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
  const urldate = a ? `${a.year}-${pad(a.month)}-${pad(a.day)}` : 'YYYY-MM-DD';
  const note = locationNote(input);
  const fields: [string, string][] = [
    ['author', `{${input.authors.map((a) => escapeBibtex(inverted(splitName(a)))).join(' and ')}}`],
    ['title', `{${protectCase(titleCase(input.title))}}`],
    ['type', `{${escapeBibtex(input.series)}}`],
    ['series', `{${escapeBibtex(input.series)}}`],
    ['number', `{${input.number}}`],
    ['date', `{${input.date}}`],
    ['year', `{${d.year}}`],
    ['month', BIBTEX_MONTHS[d.month - 1]!],
    // URLs are verbatim fields: escaping "#" would put a backslash into the link.
    ['url', `{${input.url}}`],
    ['urldate', `{${urldate}}`],
    ...(note ? [['note', `{${escapeBibtex(note)}}`] as [string, string]] : []),
  ];
  return `@techreport{${citationKey(input)},\n${fields.map(([k, v]) => `  ${k} = ${v},\n`).join('')}}\n`;
}

/**
 * RIS, as `RPRT`: per the RIS specification (2011) a report's series title is T2 and its report
 * number SN, which is also how Zotero maps them (seriesTitle, reportNumber); IS, T3 and SE are
 * not defined for reports, and M1 is its "document number". DB, the name of the database, is the
 * site it was read on; N1 names the page or section. Dates are YYYY/MM/DD (DA, Y2), the year
 * alone in PY. Every line, ER's too, ends in CR LF, as the specification requires.
 */
export function ris(input: CitationInput): string {
  const d = parseDate(input.date);
  const a = accessDay(input);
  const y2 = a ? `${a.year}/${pad(a.month)}/${pad(a.day)}` : 'YYYY/MM/DD';
  const note = locationNote(input);
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ...input.authors.map((a): [string, string] => ['AU', inverted(splitName(a))]),
    ['TI', input.title],
    ['T2', input.series],
    ['SN', String(input.number)],
    ['PY', String(d.year)],
    ['DA', `${d.year}/${pad(d.month)}/${pad(d.day)}`],
    ['DB', input.siteName],
    ['UR', input.url],
    ['Y2', y2],
    ...(note ? [['N1', `${note}.`] as [string, string]] : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}

/** Every form of every style, in the order "Cite this" shows them. */
export function citationForms(input: CitationInput): CitationForm[] {
  const a = apa(input);
  const c = chicago(input);
  const m = mla(input);
  const prose = (id: string, style: string, label: string, runs: Run[]): CitationForm => ({
    kind: 'prose',
    id,
    style,
    label,
    runs,
    text: toPlainText(runs),
  });
  return [
    prose('apa', 'APA (7th ed.)', 'APA (7th ed.), reference', a.reference),
    prose('apa-in-text', 'APA (7th ed.)', 'APA (7th ed.), in-text citation', a.inText),
    prose('chicago', 'Chicago (17th ed.)', 'Chicago (17th ed.), bibliography entry', c.bibliography),
    prose('chicago-note', 'Chicago (17th ed.)', 'Chicago (17th ed.), first note', c.note),
    prose('mla', 'MLA (9th ed.)', 'MLA (9th ed.), works-cited entry', m),
    { kind: 'code', id: 'bibtex', style: 'BibTeX', label: 'BibTeX', text: bibtex(input), crlf: false },
    { kind: 'code', id: 'ris', style: 'RIS', label: 'RIS', text: ris(input), crlf: true },
  ];
}
