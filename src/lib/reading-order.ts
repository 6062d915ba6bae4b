/** The profile's reading order: sections by their `order`, then each section's entries by theirs. */

export interface Ordered {
  id: string;
  data: { order: number };
}

/** Sorts by `order`, then by id so that ties never depend on the file system. */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The items before and after the one with `id` in a flat reading order. */
export function neighbours<T extends { id: string; section: string }>(
  order: readonly T[],
  current: { id: string; section: string },
): { prev: T | undefined; next: T | undefined } {
  const i = order.findIndex((e) => e.id === current.id && e.section === current.section);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: order[i - 1], next: order[i + 1] };
}
