import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { hostRules } from '../lib/redirects.ts';
import { loadContent } from '../model/index.ts';

/** Writes dist/_redirects (Netlify / Cloudflare Pages rules) from content/redirects.yaml. */
export default function redirectRules(): AstroIntegration {
  let base = '/';
  return {
    name: 'isk:redirect-rules',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { redirects } = loadContent().model;
        await writeFile(join(fileURLToPath(dir), '_redirects'), hostRules(redirects, base));
        logger.info(`Wrote ${redirects.length} redirect rule(s) to _redirects.`);
      },
    },
  };
}
