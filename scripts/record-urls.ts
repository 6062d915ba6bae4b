/**
 * `npm run urls:record`: adds every URL the current build publishes to content/published-urls.json.
 * URLs already recorded stay, even if the build no longer has them: a published link is forever,
 * and the tests then say how to keep it working. Run after `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPublished, PUBLISHED_URLS_FILE, readRecord } from '../tools/published-urls.ts';
import { DIST, requireBuilt } from '../tools/site-files.ts';

try {
  requireBuilt();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const before = readRecord();
const all = [...new Set([...before, ...collectPublished(DIST)])].sort();
writeFileSync(join(process.cwd(), PUBLISHED_URLS_FILE), JSON.stringify(all, null, 2) + '\n');
console.log(`Recorded ${all.length} published URLs (${all.length - before.length} new) in ${PUBLISHED_URLS_FILE}.`);
