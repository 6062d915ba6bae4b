/** The page an entry's file becomes, whatever folder the content is read from. Pure. */
import { SECTION_IDS } from '../schemas/section.ts';

const ENTRY_FILE = new RegExp(`(?:^|[\\\\/])(${SECTION_IDS.join('|')})[\\\\/]([a-z0-9-]+)\\.mdx$`);

/** `content/base/origins.mdx` → `/base/origins/`; undefined for a file that is not an entry. */
export function pageOfFile(path: string | undefined): string | undefined {
  const m = path && ENTRY_FILE.exec(path);
  return m ? `/${m[1]}/${m[2]}/` : undefined;
}
