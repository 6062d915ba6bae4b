/** Authors' names, split and rewritten the ways the styles want them. */

/** A personal name in its two parts. */
export interface Name {
  given: string;
  family: string;
}

/** "Alka Bala" → given "Alka", family "Bala": the last word is the family name. */
export function splitName(name: string): Name {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** "Alka" → "A.", "Mary Ann" → "M. A.", "Jean-Paul" → "J.-P." (APA 7, 9.8). */
export function initials(given: string): string {
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

/** "Bala, Alka": family name first, for reference lists. */
export function inverted({ given, family }: Name): string {
  return given ? `${family}, ${given}` : family;
}

/** "Alka Bala": the name as it is read. */
export function natural({ given, family }: Name): string {
  return given ? `${given} ${family}` : family;
}
