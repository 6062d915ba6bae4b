/**
 * The Chromium the tests use (tests/support/chromium.ts: CHROMIUM_PATH, then /usr/bin/chromium,
 * then @sparticuz/chromium), for tools that launch it themselves, such as Lighthouse through
 * chrome-launcher, rather than through Playwright.
 */
import { chromiumSource, QUIET_FLAGS } from '../../tests/support/chromium.ts';

/** Flags for a headless Chromium that Lighthouse drives. */
export const HEADLESS_FLAGS = ['--headless=new', ...QUIET_FLAGS];

/** The Chromium binary the tests would use, found by the tests' own resolver. */
export async function chromiumPath(): Promise<string> {
  // chromiumSource() says "<path> (<where it was found>)"; the path is what comes before.
  return (await chromiumSource()).replace(/ \([^()]*\)$/, '');
}
