/**
 * Every internal URL is built here, so the site works under a sub-path (Astro's `base`)
 * and every page URL ends with a slash, as the static host serves folders.
 */
import { withBase } from '../lib/base-path.ts';

/** A site path with the configured base in front: `href('/source/')` → `/isk/source/`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The landing page of a section. */
export function sectionHref(section: string): string {
  return href(`/${section}/`);
}

/** An entry's page, optionally at one of its sections. */
export function entryHref(section: string, entry: string, anchor?: string): string {
  return href(`/${section}/${entry}/`) + (anchor ? `#${anchor}` : '');
}

/** A paragraph of the verbatim note on /source/. */
export function sourceParagraphHref(paragraph: number): string {
  return href(`/source/#p${paragraph}`);
}
