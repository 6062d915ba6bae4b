/** How the data-preparation scripts end: write the file, or (`--check`) say whether it is already what they would write. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Writes `text` to `target`; with `check`, exits 0 if the file already holds exactly that, 1 if not. */
export function writeOrCheck(target: string, text: string, check: boolean): void {
  if (check) {
    const same = existsSync(target) && readFileSync(target, 'utf8') === text;
    console.log(same ? `${target} is what the source gives.` : `${target} differs from what the source gives.`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
}
