/**
 * `npm run check:content`: checks the content folder and, when something is wrong, prints one
 * plain line per problem and exits with 1 before Astro builds anything (so dist/ is untouched).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkContent, type ContentFile } from '../src/lib/check/check-content.ts';
import { formatProblem } from '../src/lib/check/issues.ts';

const root = process.cwd();
const contentDir = process.env['CONTENT_DIR'] ?? join(root, 'content');

async function readTree(dir: string): Promise<ContentFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && /\.(mdx|ya?ml|txt)$/.test(e.name));
  return Promise.all(
    files.map(async (e) => {
      const full = join(e.parentPath, e.name);
      // Paths are reported as content/..., whatever folder is checked.
      const path = join('content', relative(dir, full)).split('\\').join('/');
      return { path, text: await readFile(full, 'utf8') };
    }),
  );
}

let problems;
try {
  problems = checkContent(await readTree(contentDir));
} catch (error) {
  // A mistake the check did not foresee: still a sentence, not a stack (CHECK_DEBUG=1 shows it).
  console.error(`The content could not be checked, so nothing was built: ${String((error as Error).message).split('\n')[0]}`);
  if (process.env['CHECK_DEBUG']) console.error(error);
  else console.error('Run with CHECK_DEBUG=1 to see where the check stopped.');
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:`);
  for (const p of problems) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}
console.log('Content checked: no problems.');
