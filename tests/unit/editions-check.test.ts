import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { unrecordedChanges } from '../../src/check/unrecorded.ts';
import { buildModel } from '../../src/model/model.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { realContent, withFile } from '../support/content.ts';

const editions = realContent().filter((f) => f.path.startsWith('content/editions/'));
const first = editions[0]!;

describe('published editions', () => {
  it('are there, and the content check finds none changed', () => {
    expect(editions.length).toBeGreaterThan(0);
    expect(checkContent(realContent()).map(formatProblem)).toEqual([]);
  });

  it('refuses an edition changed after it was published, naming its file', () => {
    const edited = first.text.replace(/"note": "[^"]*"/, '"note": "A different note."');
    expect(edited).not.toBe(first.text);
    expect(checkContent(withFile(first.path, edited)).map(formatProblem)).toContainEqual(
      expect.stringMatching(new RegExp(`^${first.path}: has changed since it was published`)),
    );
  });

  it('refuses an edition that does not follow the one before it', () => {
    const data = JSON.parse(first.text) as { previous: string | null };
    const later = { ...JSON.parse(first.text), date: '2099-01-01', previous: 'sha256-nothing' };
    const files = withFile('content/editions/2099-01-01.json', JSON.stringify(later));
    expect(data.previous).toBeNull();
    expect(checkContent(files).map(formatProblem).join('\n')).toContain('content/editions/2099-01-01.json, field "previous"');
  });
});

describe('unrecorded changes', () => {
  it('finds none in the project: every change is in an edition', () => {
    expect(unrecordedChanges(buildModel(realContent()).model)).toBeUndefined();
  });

  it('names a changed section and says to publish an edition', () => {
    const entry = realContent().find((f) => f.path === 'content/leadership/leaders-killed.mdx')!;
    const changed = entry.text.replace('The note does not say when Ghafari was killed', 'The note never says when Ghafari was killed');
    expect(changed).not.toBe(entry.text);
    const message = unrecordedChanges(buildModel(withFile(entry.path, changed)).model);
    expect(message).toContain('ghafari-killed (changed)');
    expect(message).toContain('npm run edition:publish');
  });

  it('does not count a change of markup only: a link written another way', () => {
    const entry = realContent().find((f) => f.path === 'content/leadership/leaders-killed.mdx')!;
    const changed = entry.text.replace(
      '[Focus under Sanaullah Ghafari](/operations/aims/#ghafari-leadership-focus)',
      '[Focus under Sanaullah Ghafari](/operations/aims/#p6)',
    );
    expect(changed).not.toBe(entry.text);
    expect(unrecordedChanges(buildModel(withFile(entry.path, changed)).model)).toBeUndefined();
  });
});
