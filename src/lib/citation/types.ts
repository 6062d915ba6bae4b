/** What a citation is made from, and the forms it comes out in. */

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
  /** The permanent URL of the page or section: with an edition, its pinned page in that edition. */
  url: string;
  /**
   * The site's edition being cited (YYYY-MM-DD, content/editions/): what the page read on that day,
   * kept at the pinned URL. Without it, the citation names no edition.
   */
  edition?: string | undefined;
  /** The day the reader read it; without it, each style's placeholder is shown. */
  accessed?: string | undefined;
  /**
   * Names that keep their capitals in sentence case and their spelling in title case, as written:
   * "Islamic State Khorasan", "IS-K", "Tehrik-e Taliban Pakistan". See `properNounsOf`.
   */
  properNouns: readonly string[];
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
