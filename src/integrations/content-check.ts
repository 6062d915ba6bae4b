import type { AstroIntegration } from 'astro';
import { contentProblems } from '../check/check-content.ts';
import { reportProblems } from '../check/report.ts';
import { loadContent } from '../model/index.ts';

/**
 * Checks the content as the first step of `astro build` (and `astro dev`), on the content model
 * the config has already read, so the content is parsed once. On a problem the build stops before
 * it writes anything, with one plain line per problem; `astro dev` prints them and goes on.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'isk:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const valid = reportProblems(() => contentProblems(loadContent()), 'checked');
        if (!valid && command === 'build') process.exit(1);
      },
    },
  };
}
