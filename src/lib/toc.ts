import type { MarkdownHeading } from 'astro';

export interface TocItem extends MarkdownHeading {
  children: MarkdownHeading[];
}

/**
 * Groups h3s under the h2 before them. Entries only use h2 and h3; deeper headings are left out
 * of the table of contents, and an h3 before any h2 becomes a top-level item.
 */
export function nestHeadings(headings: MarkdownHeading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || (heading.depth === 3 && items.length === 0)) {
      items.push({ ...heading, children: [] });
    } else if (heading.depth === 3) {
      items.at(-1)?.children.push(heading);
    }
  }
  return items;
}
