import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { realContent, withFile } from '../support/content.ts';

const file = (path: string) => realContent().find((f) => f.path === path)!.text;

/** The problems found with one data file changed by `edit`. */
function problemsAfter(path: string, edit: (text: string) => string): string[] {
  const before = file(path);
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  return checkContent(withFile(path, after)).map(formatProblem);
}

const EVENT = (fields: string) => `
- id: test-event
  title: A test event
  kind: attack
${fields}
`;
const ATTRIBUTION = `  attribution:
    - { source: gp-851, anchor: /operations/attacks/#attacks-abroad, saidBy: author, status: stated }`;

describe('checking the data files', () => {
  it('finds no problem in the project’s data', () => {
    expect(checkContent(realContent()).map(formatProblem)).toEqual([]);
  });

  it('rejects a reference to an unknown record, naming the file, the field and the id', () => {
    expect(problemsAfter('content/people.yaml', (t) => t.replace('organization: ttp', 'organization: tpp'))).toEqual([
      'content/people.yaml, field "[0].roles[1].organization": "tpp" is not a record of content/organizations.yaml.',
    ]);
  });

  it('rejects a duplicate id', () => {
    expect(problemsAfter('content/places.yaml', (t) => t.replace('- id: kunduz', '- id: kunar'))).toContainEqual(
      expect.stringMatching(/^content\/places\.yaml, field "\[\d+\]\.id": "kunar" is used by two records; ids must be unique\.$/),
    );
  });

  it('rejects an event whose anchor does not exist', () => {
    expect(
      problemsAfter(
        'content/events.yaml',
        (t) => t + EVENT(`  date: { year: 2022 }\n${ATTRIBUTION.replace('#attacks-abroad', '#attacks-everywhere')}`),
      ),
    ).toEqual([
      'content/events.yaml, field "[19].attribution[0].anchor": /operations/attacks/#attacks-everywhere is not a section of the profile; use an entry\'s page and one of its heading ids.',
    ]);
  });

  it('rejects a claim without attribution', () => {
    expect(problemsAfter('content/events.yaml', (t) => t + EVENT('  date: { year: 2022 }\n  attribution: []'))).toEqual([
      'content/events.yaml, field "[19].attribution": needs at least 1 item.',
    ]);
  });

  it('rejects an event with an impossible date', () => {
    expect(problemsAfter('content/events.yaml', (t) => t + EVENT(`  date: { year: 2023, month: 2, day: 30 }\n${ATTRIBUTION}`))).toEqual([
      'content/events.yaml, field "[19].date.day": is not a day of that month.',
    ]);
  });

  it('rejects an unknown status', () => {
    expect(
      problemsAfter(
        'content/events.yaml',
        (t) => t + EVENT(`  date: { year: 2022 }\n${ATTRIBUTION.replace('status: stated', 'status: rumoured')}`),
      ),
    ).toEqual(['content/events.yaml, field "[19].attribution[0].status": must be one of "stated", "claimed", "estimated", "reported".']);
  });

  it('rejects a name that would link to two records', () => {
    expect(
      problemsAfter('content/places.yaml', (t) => t.replace('name: Kabul', 'name: Kabul\n  aliases: [{ text: Herat, source: note }]')),
    ).toContainEqual(expect.stringMatching(/The name "Herat" belongs to both places\/\S+ and places\/\S+; a name must name one thing\./));
  });

  it('rejects a <Claim> by someone who is not in the data', () => {
    const entry = 'content/leadership/leaders-killed.mdx';
    expect(problemsAfter(entry, (t) => t.replace('<Claim by="zabihullah-mujahid">', '<Claim by="a-spokesperson">'))).toEqual([
      'content/leadership/leaders-killed.mdx, line 28: a <Claim> needs by="..." set to a person or organization id; "a-spokesperson" is neither.',
    ]);
  });
});
