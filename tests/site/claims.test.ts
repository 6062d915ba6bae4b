/**
 * A claim in the built pages: the editors' label and end mark hold no text of their own (they are
 * drawn by CSS, so a copied sentence is the note's alone), and each link in the label has a name.
 * The browser side (shown, printed, announced, copied) is tests/browser/copy.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { builtPages, fileFor, page } from '../support/dist.ts';

const WITH_CLAIMS = builtPages().filter((p) => readFileSync(fileFor(p), 'utf8').includes('class="claim"'));

describe('claims in the built pages', () => {
  it('are on the Moscow and leaders-killed entries, the whole profile and their pinned editions', () => {
    expect(WITH_CLAIMS).toEqual(expect.arrayContaining(['/operations/moscow-claim/', '/leadership/leaders-killed/', '/profile/']));
  });

  it.each(WITH_CLAIMS)('%s: the editors’ words inside each claim are generated content, not text', (path) => {
    const words = selectAll('.claim [data-editorial]', page(path))
      .map((el) => toText(el))
      .filter((text) => text.trim() !== '');
    expect(words).toEqual([]);
    const labels = selectAll('.claim [data-editorial][data-label], .claim [data-editorial] [data-label]', page(path));
    expect(labels.length).toBeGreaterThan(0);
  });

  it.each(WITH_CLAIMS)('%s: each link in a claim’s label is named for screen readers', (path) => {
    const unnamed = selectAll('.claim__label a', page(path)).filter((a) => !String(a.properties['ariaLabel'] ?? toText(a)).trim());
    expect(unnamed).toEqual([]);
  });
});
