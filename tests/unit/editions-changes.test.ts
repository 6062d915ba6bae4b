import { describe, expect, it } from 'vitest';
import { changesBetween, isEmpty, sectionChanges } from '../../src/lib/editions/changes.ts';
import type { ProfileState } from '../../src/lib/editions/snapshot.ts';
import type { SectionState } from '../../src/schemas/edition.ts';

const section = (page: string, text: string): SectionState => ({ page, depth: 2, heading: 'H', blocks: [{ p: [{ text }] }] });
const state = (sections: Record<string, SectionState>): ProfileState => {
  const entries = new Map<string, { title: string; summary: string; sections: string[] }>();
  for (const [id, s] of Object.entries(sections)) {
    const entry = entries.get(s.page) ?? { title: s.page, summary: '', sections: [] };
    entry.sections.push(id);
    entries.set(s.page, entry);
  }
  return { entries, sections: new Map(Object.entries(sections)) };
};

describe('changesBetween', () => {
  it('finds nothing between equal states', () => {
    const s = state({ a: section('/x/', 'One.') });
    expect(isEmpty(changesBetween(s, state({ a: section('/x/', 'One.') })))).toBe(true);
  });

  it('records a changed section and its entry, and nothing else', () => {
    const before = state({ a: section('/x/', 'One.'), b: section('/y/', 'Two.') });
    const after = state({ a: section('/x/', 'One!'), b: section('/y/', 'Two.') });
    const changes = changesBetween(before, after);
    expect(Object.keys(changes.sections)).toEqual(['a']);
    expect(Object.keys(changes.entries)).toEqual(['/x/']);
  });

  it('records a removed section and a removed entry as null', () => {
    const changes = changesBetween(state({ a: section('/x/', 'One.'), b: section('/y/', 'Two.') }), state({ a: section('/x/', 'One.') }));
    expect(changes.sections).toEqual({ b: null });
    expect(changes.entries).toEqual({ '/y/': null });
  });
});

describe('sectionChanges', () => {
  it('classes sections as added, changed, moved and removed', () => {
    const before = state({ a: section('/x/', 'A.'), b: section('/x/', 'B.'), c: section('/x/', 'C.') });
    const after = state({ a: section('/x/', 'A!'), b: section('/y/', 'B.'), d: section('/y/', 'D.') });
    const kinds = Object.fromEntries(sectionChanges(before, changesBetween(before, after)).map((c) => [c.id, c.kind]));
    expect(kinds).toEqual({ a: 'changed', b: 'moved', c: 'removed', d: 'added' });
  });
});
