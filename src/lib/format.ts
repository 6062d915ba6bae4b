/** "28 March 2024", as the note writes dates, whatever the machine's locale and time zone. */
export const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date (YYYY-MM-DD) as "28 March 2024", the note's own style, in UTC. */
export function formatDate(iso: string): string {
  return DAY.format(new Date(`${iso}T00:00:00Z`));
}

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "1", "1 and 2", "1, 2 and 3": a list joined as British English writes it (no serial comma). */
export function joinList(items: readonly (string | number)[]): string {
  return list.format(items.map(String));
}
