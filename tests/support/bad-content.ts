/**
 * The bad-content fixtures of tests/fixtures/bad-content/: each is a folder with a fixture.json
 * that patches one file of a copy of the real content, so the fixtures stay valid as the content
 * evolves. See tests/fixtures/bad-content/README.md for the format.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'tests/fixtures/bad-content');

export interface Fixture {
  /** The folder's name. */
  name: string;
  /** What is broken, in a sentence. */
  what: string;
  /** The file to change, relative to content/. */
  file: string;
  /** Replace the first occurrence of `find` (literal) or `pattern` (a regex, multiline) by `replace`. */
  find?: string;
  pattern?: string;
  replace?: string;
  /** Text to add at the end of the file. */
  append?: string;
  /** A file of the fixture's folder whose text becomes the file's (new or replaced). */
  write?: string;
  /** The line the check must print; `where` is null for a problem of the whole file. */
  expect: { file: string; where: string | null; message: string };
  /** Also run the whole `npm run build` on it. */
  fullBuild?: boolean;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, ...(JSON.parse(readFileSync(join(FIXTURES, d.name, 'fixture.json'), 'utf8')) as Omit<Fixture, 'name'>) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Applies a fixture to a content folder (a copy); returns the patched file's new text. */
export function applyFixture(fixture: Fixture, contentDir: string): string {
  const path = join(contentDir, fixture.file);
  const fail = (why: string) =>
    new Error(`Fixture ${fixture.name}: ${why}; update tests/fixtures/bad-content/${fixture.name}/fixture.json.`);
  let text: string;
  if (fixture.write !== undefined) {
    text = readFileSync(join(FIXTURES, fixture.name, fixture.write), 'utf8');
  } else {
    if (!existsSync(path)) throw fail(`content/${fixture.file} does not exist any more`);
    const before = readFileSync(path, 'utf8');
    if (fixture.append !== undefined) text = before + fixture.append;
    else if (fixture.find !== undefined) {
      if (!before.includes(fixture.find)) throw fail(`content/${fixture.file} no longer contains ${JSON.stringify(fixture.find)}`);
      text = before.replace(fixture.find, () => fixture.replace ?? '');
    } else if (fixture.pattern !== undefined) {
      const pattern = new RegExp(fixture.pattern, 'm');
      if (!pattern.test(before)) throw fail(`nothing in content/${fixture.file} matches /${fixture.pattern}/`);
      text = before.replace(pattern, fixture.replace ?? '');
    } else throw fail('it says neither find, pattern, append nor write');
    if (text === before) throw fail('the patch changes nothing');
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text;
}

/**
 * The line the check must print for a fixture, `- file, where: ...`, with the placeholders of
 * `where` filled in from the patched text: `{line:TEXT}` is the line TEXT is first on, and
 * `{record:TEXT}` the index of the YAML list item TEXT is first in (TEXT has no `}`).
 */
export function expectedStart(fixture: Fixture, patched: string): string {
  const where = fixture.expect.where?.replace(/\{(line|record):([^}]*)\}/g, (_, kind: string, needle: string) => {
    const at = patched.indexOf(needle);
    if (at < 0) throw new Error(`Fixture ${fixture.name}: "${needle}" is not in the patched file.`);
    const before = patched.slice(0, at);
    return kind === 'line' ? String(before.split('\n').length) : String((before.match(/^- /gm) ?? []).length - 1);
  });
  return `- ${fixture.expect.file}${where ? `, ${where}` : ''}: `;
}
