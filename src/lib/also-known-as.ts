/** The editors' line of other names under the heading that introduces a thing, in words. Pure. */
import type { Alias } from '../schemas/shared.ts';

/** A thing with other names: its name and all its aliases. */
export interface Named {
  name: string;
  aliases: readonly Alias[];
}

/** The line's parts: its label, each thing with the names the editors add for it, and whose they are. */
export const AKA = {
  label: 'Also known as:',
  source: 'Names added by the editors; the note does not use them.',
} as const;

/** Each thing's part of the line: "IS-K, ISKP, ISIS-K" (its name, then its editorial aliases). */
export function akaNames(records: readonly Named[]): string[] {
  return records.map((r) => [r.name, ...r.aliases.filter((a) => a.source === 'editorial').map((a) => a.text)].join(', '));
}

/** The whole line as a reader reads it. */
export function akaText(records: readonly Named[]): string {
  return `${AKA.label} ${akaNames(records).join('; ')}. ${AKA.source}`;
}
