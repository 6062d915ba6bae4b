/**
 * `npm run urls:record`: adds every URL the current build publishes to tests/published-urls.json.
 * URLs already recorded stay, even if the build no longer has them: a published link is forever,
 * and the tests then say how to keep it working. Run after `npm run build`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPublished } from '../src/lib/published-urls.ts';

const dist = join(process.cwd(), 'dist');
const recordFile = join(process.cwd(), 'tests/published-urls.json');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run npm run build first.');
  process.exit(1);
}
const before: string[] = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : [];
const now = collectPublished(dist);
const all = [...new Set([...before, ...now])].sort();
writeFileSync(recordFile, JSON.stringify(all, null, 2) + '\n');
console.log(`Recorded ${all.length} published URLs (${all.length - before.length} new) in tests/published-urls.json.`);
