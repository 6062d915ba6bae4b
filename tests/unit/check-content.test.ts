import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { realContent, withFile } from '../support/content.ts';

const ENTRY = 'content/base/test-entry.mdx';
const valid = {
  title: 'A test entry',
  summary: 'A summary.',
  order: 9,
  body: '## A section [#test-section]\n\nSome text.\n',
};

function entry(frontmatter: string, body = valid.body): string {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

const goodFrontmatter = `title: ${valid.title}\nsummary: ${valid.summary}\norder: 9\nsource:\n  id: gp-851\n  paragraphs: [2]`;

/** The problems found with one entry added, as the lines the build would print. */
function messages(text: string, path = ENTRY): string[] {
  return checkContent(withFile(path, text)).map(formatProblem);
}

describe('checkContent', () => {
  it('finds no problem in the project content', () => {
    expect(checkContent(realContent()).map(formatProblem)).toEqual([]);
  });

  it('accepts a valid entry', () => {
    expect(messages(entry(goodFrontmatter))).toEqual([]);
  });

  it('rejects an entry without a title, naming the file and the field', () => {
    expect(messages(entry(goodFrontmatter.replace(/^title:.*\n/, '')))).toEqual([
      'content/base/test-entry.mdx, field "title": is missing; it is required.',
    ]);
  });

  it('rejects a field of the wrong type, saying what it got', () => {
    expect(messages(entry(goodFrontmatter.replace('order: 9', 'order: first')))).toEqual([
      'content/base/test-entry.mdx, field "order": should be a number, but is a string.',
    ]);
  });

  it('rejects an unknown field, naming it', () => {
    expect(messages(entry(`${goodFrontmatter}\nauthor: Someone`))).toEqual([
      'content/base/test-entry.mdx, field "author": is not a known field; remove it or check its spelling.',
    ]);
  });

  it('rejects broken YAML in the frontmatter, with its line', () => {
    const [message] = messages(entry(`${goodFrontmatter}\nsummary: [unclosed`));
    expect(message).toMatch(/^content\/base\/test-entry\.mdx, line 9: the frontmatter is not valid YAML \(.+\)\.$/);
  });

  it('rejects a source that does not exist and a paragraph the source does not have', () => {
    expect(messages(entry(goodFrontmatter.replace('id: gp-851', 'id: gp-999')))).toEqual([
      'content/base/test-entry.mdx, field "source.id": "gp-999" is not a source in content/sources.yaml.',
    ]);
    expect(messages(entry(goodFrontmatter.replace('[2]', '[2, 12]')))).toEqual([
      'content/base/test-entry.mdx, field "source.paragraphs": paragraph 12 does not exist; the source has 9 paragraphs.',
    ]);
  });

  it('rejects a heading without a permanent id, with its line', () => {
    expect(messages(entry(goodFrontmatter, '## No id here\n\nText.\n'))).toEqual([
      'content/base/test-entry.mdx, line 10: the heading "No id here" has no permanent id; end the line with one, e.g. " [#leaders-killed]".',
    ]);
  });

  it('rejects a heading id used by another entry', () => {
    const [message] = messages(entry(goodFrontmatter, '## Again [#ghafari-killed]\n\nText.\n'));
    expect(message).toContain('the heading id "ghafari-killed" is already used in content/leadership/leaders-killed.mdx');
  });

  it('rejects an editors’ note of an unknown kind', () => {
    const [message] = messages(entry(goodFrontmatter, `${valid.body}\n<EditorNote kind="opinion">\nX\n</EditorNote>\n`));
    expect(message).toMatch(/^content\/base\/test-entry\.mdx, line 14: an EditorNote needs kind="..." set to one of .*, not "opinion"\.$/);
  });

  it('rejects an empty entry and a raw script', () => {
    expect(messages(entry(goodFrontmatter, ''))).toEqual([
      'content/base/test-entry.mdx: has no text after its frontmatter; an entry must hold some of the note.',
    ]);
    expect(messages(entry(goodFrontmatter, `${valid.body}\n<script>alert(1)</script>\n`))).toEqual([
      'content/base/test-entry.mdx, line 14: contains a <script> tag; content may not run scripts.',
    ]);
  });

  it('rejects an entry in a folder that is not a section', () => {
    expect(messages(entry(goodFrontmatter), 'content/history/test.mdx')).toEqual([
      'content/history/test.mdx: is in content/history/, which is not a section; move it to one of content/base/, content/leadership/, content/ideology/, content/operations/.',
    ]);
  });

  it('rejects a redirect to a page that does not exist, and one from a page that still does', () => {
    expect(messages('- from: /leadership/founding/\n  to: /leadership/nowhere/\n', 'content/redirects.yaml')).toEqual([
      'content/redirects.yaml, field "[0].from": /leadership/founding/ is still an entry\'s page; a page cannot both exist and forward.',
      'content/redirects.yaml, field "[0].to": /leadership/nowhere/ is not an entry\'s page; forward to a page that exists.',
    ]);
  });

  it('rejects a section record with a missing summary', () => {
    const sections = realContent().find((f) => f.path === 'content/sections.yaml')!.text;
    const broken = sections.replace(/(- id: ideology\n(?: {2}.*\n)*?) {2}summary: .*\n/, '$1');
    expect(messages(broken, 'content/sections.yaml')).toEqual(['content/sections.yaml, field "[2].summary": is missing; it is required.']);
  });
});
