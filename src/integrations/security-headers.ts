import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security.ts';

/** The policies of a page's `<meta http-equiv="content-security-policy">`, as Astro writes them. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((m) =>
    (m[1] ?? '')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

/**
 * Writes dist/_headers (Netlify / Cloudflare Pages) with the Content-Security-Policy that Astro
 * put in the pages' <meta> (astro.config's `security.csp`), `frame-ancestors`, which only a
 * header can carry, and the other security headers (src/lib/security.ts). One rule serves every
 * file, so its policy allows what any page's allows; the build fails if a page has no policy.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'isk:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html')).sort();
        const policies = new Set<string>();
        for (const file of files) {
          const found = metaPolicies(await readFile(join(root, file), 'utf8'));
          if (found.length !== 1)
            throw new Error(`${file} has ${found.length} Content-Security-Policy <meta> elements; every page needs exactly one.`);
          policies.add(found[0] ?? '');
        }
        if (policies.size === 0) throw new Error('The build has no pages to take a Content-Security-Policy from.');
        await writeFile(join(root, '_headers'), headersFile(mergePolicies([...policies]), base));
        const merged = policies.size === 1 ? 'one policy' : `${policies.size} policies, merged`;
        logger.info(`Wrote the security headers of ${files.length} pages (${merged}) to _headers.`);
      },
    },
  };
}
