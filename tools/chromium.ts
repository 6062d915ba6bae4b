/**
 * Finds a Chromium for the tests, the benchmarks and the screenshots, in this order:
 *   1. the CHROMIUM_PATH environment variable;
 *   2. Debian's package (`apt-get install -y chromium`): /usr/bin/chromium, /usr/bin/chromium-browser;
 *   3. the npm package @sparticuz/chromium (a devDependency, so `npm ci` always brings one).
 * Playwright's own browser download is not used: it cannot be fetched here.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Flags that keep Chromium from calling Google's servers, which a closed network refuses loudly. */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

/** Flags for a headless Chromium started by another tool (Lighthouse, through chrome-launcher). */
export const HEADLESS_FLAGS = ['--headless=new', ...QUIET_FLAGS];

/** @sparticuz/chromium's flags that weaken security; pages must be seen as readers see them. */
const UNSAFE = /^--(disable-web-security|allow-running-insecure-content|single-process|no-zygote)/;

export interface FoundChromium {
  /** The binary. */
  path: string;
  /** The flags to launch it with. */
  args: string[];
  /** Where it was found, for logs: "CHROMIUM_PATH", "Debian package" or "@sparticuz/chromium". */
  from: string;
}

/** The Chromium to use; throws a sentence that says how to get one when none is found. */
export async function findChromium(): Promise<FoundChromium> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, args: QUIET_FLAGS, from: 'CHROMIUM_PATH' };
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return { path, args: QUIET_FLAGS, from: 'Debian package' };
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const path = await sparticuz.executablePath();
    const args = sparticuz.args.filter((a) => !UNSAFE.test(a) && !a.startsWith('--headless'));
    return { path, args: [...args, ...QUIET_FLAGS], from: '@sparticuz/chromium' };
  } catch {
    throw new Error(
      'No Chromium was found. Set CHROMIUM_PATH to a Chromium binary, ' +
        'install Debian’s (apt-get install -y chromium), or run npm ci to get @sparticuz/chromium.',
    );
  }
}

/** Starts a headless Chromium through Playwright. */
export async function launchChromium(): Promise<Browser> {
  const { path, args } = await findChromium();
  return chromium.launch({ executablePath: path, args, headless: true });
}

/** Which Chromium is used, for a benchmark's report: "<path> (<where it was found>)". */
export async function chromiumSource(): Promise<string> {
  const { path, from } = await findChromium();
  return `${path} (${from})`;
}
