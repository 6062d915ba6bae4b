/**
 * Every built page is valid HTML: html-validate with the project's .htmlvalidate.json, that is its
 * recommended and document rules, with HTML's own elements only: an unknown element is an error.
 *
 * The config's exceptions, here because JSON holds no comments:
 * - require-sri is kept for other origins only (`target: crossorigin`): the site loads nothing
 *   from any other origin, and an `integrity` hash on its own files guards against nothing the
 *   host could not change too.
 * - aria-label-misuse also allows names on elements whose role may be named (`allowAnyNamable`):
 *   ARIA 1.2 lets a list be named, and the map's list of places is named by its caption.
 * - long-title is off: 70 characters is a search engine's display length, not validity. A title
 *   is the entry's own title, then the site's name, so a search result cuts only the latter.
 * - no-trailing-whitespace is off: it is about how hand-written source looks, and the only
 *   trailing spaces in the built pages are data: RIS citations end with "ER  - " as RIS requires.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST, fileFor } from '../support/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it('every built page passes html-validate with no error', async () => {
    const problems: string[] = [];
    for (const p of builtPages()) {
      const file = fileFor(p);
      const report = await validator.validateFile(file);
      for (const message of report.results.flatMap((r) => r.messages)) {
        problems.push(`${relative(process.cwd(), file)}:${message.line}:${message.column} [${message.ruleId}] ${message.message}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);

  it('uses the project’s config: an unknown element, or a misplaced one, is an error', async () => {
    const page = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head><title>Test</title></head><body><main>${body}</main></body></html>`;
    const rules = async (body: string) =>
      (await validator.validateString(page(body), join(DIST, 'test.html'))).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    await expect(rules('<template><dialog aria-label="Search"><p>text</p></dialog></template>')).resolves.toEqual([]);
    await expect(rules('<pagefind-summary></pagefind-summary>')).resolves.toEqual(['no-unknown-elements']);
    await expect(rules('<ol><p>text</p></ol>')).resolves.toEqual(['element-permitted-content']);
  });
});
