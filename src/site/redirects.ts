/**
 * The pages that moved (content/redirects.yaml), from the content model. Not an Astro collection:
 * the list is usually empty, and Astro warns on every read of an empty collection.
 */
import { loadContent } from '../model/index.ts';
import type { Redirect } from '../schemas/redirect.ts';

/** Every moved page: its old address and its new one. */
export function loadRedirects(): readonly Redirect[] {
  return loadContent().model.redirects;
}
