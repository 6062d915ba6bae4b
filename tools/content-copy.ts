/** A copy of the project's content/ in a fresh temporary folder, to change for a test or a benchmark. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies content/ to `<temp>/content` and returns that path; delete `<temp>` when done. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isk-content-'));
  cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}
