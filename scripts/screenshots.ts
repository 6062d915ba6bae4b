/**
 * `npm run screenshots`: pictures of each page type, phone and laptop, light and dark, into
 * tests/.output/screenshots/, for a person to look at. Needs a build (`npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tools/chromium.ts';
import { serve } from '../tools/serve.ts';
import { DIST, requireBuilt } from '../tools/site-files.ts';

const PAGES: Record<string, string> = {
  home: '/',
  section: '/leadership/',
  entry: '/leadership/leaders-killed/',
  profile: '/profile/',
  source: '/source/',
  'not-found': '/404.html',
};
const VIEWPORTS = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };
const out = join(process.cwd(), 'tests/.output/screenshots');
const only = process.argv.slice(2);

requireBuilt();
await mkdir(out, { recursive: true });
const [browser, site] = await Promise.all([launchChromium(), serve(DIST)]);
try {
  for (const [name, path] of Object.entries(PAGES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(site.origin + path);
        const file = join(out, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' });
        await context.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
