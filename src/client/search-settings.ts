/** What every search script needs: the site's search settings, and a way to add a script to the head. */
import { searchSettings } from '../lib/search-config.ts';

/** The settings for the site's base path, which the build writes into the scripts. */
export const SEARCH_SETTINGS = searchSettings(import.meta.env.BASE_URL);

/** Adds a <script> to the head and waits for it to load (a plain tag: no bundler helper). */
export function addScript(doc: Document, script: HTMLScriptElement): Promise<void> {
  const done = new Promise<void>((ok, fail) => {
    script.addEventListener('load', () => ok(), { once: true });
    script.addEventListener('error', () => fail(new Error(`Search could not load ${script.src}.`)), { once: true });
  });
  doc.head.append(script);
  return done;
}
