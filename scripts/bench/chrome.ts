/**
 * The Chromium the tests use (tests/support/chromium.ts: CHROMIUM_PATH, then /usr/bin/chromium,
 * then @sparticuz/chromium), for tools that launch it themselves, such as Lighthouse through
 * chrome-launcher, rather than through Playwright.
 */
import { chromiumSource } from '../../tests/support/chromium.ts';

/**
 * The flags of tests/support/chromium.ts that keep Chromium from calling Google's servers
 * (that module does not export them), with --no-sandbox, which a root user needs.
 */
const QUIET = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

/** Flags for a headless Chromium that Lighthouse drives. */
export const HEADLESS_FLAGS = ['--headless=new', ...QUIET];

/** The Chromium binary the tests would use, found by the tests' own resolver. */
export async function chromiumPath(): Promise<string> {
  // chromiumSource() says "<path> (<where it was found>)"; the path is what comes before.
  return (await chromiumSource()).replace(/ \([^()]*\)$/, '');
}
