/**
 * `npm run check:content`: checks the content folder and, when something is wrong, prints one
 * plain line per problem and exits with 1. `npm run build` runs the same check inside Astro's
 * build (src/integrations/content-check.ts) before it writes anything.
 */
import { checkContent } from '../src/check/check-content.ts';
import { reportProblems } from '../src/check/report.ts';
import { readContentFiles } from '../src/model/read.ts';

process.exit(reportProblems(() => checkContent(readContentFiles()), 'checked') ? 0 : 1);
