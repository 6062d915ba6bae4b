import { describe, expect, it } from 'vitest';
import { replay } from '../../src/lib/editions/replay.ts';
import { canonicalJson, editionDigest } from '../../src/lib/editions/digest.ts';
import type { Edition, SectionState } from '../../src/schemas/edition.ts';

const section = (text: string): SectionState => ({ page: '/x/', depth: 2, heading: 'H', blocks: [{ p: [{ text }] }] });
const edition = (date: string, sections: Edition['sections']): Edition => ({
  date,
  note: 'n',
  previous: null,
  entries: {},
  sections,
  digest: '',
});

describe('replay', () => {
  it('applies the editions in date order, whatever order they are given in', () => {
    const history = replay([
      edition('2026-12-02', { a: section('Two.') }),
      edition('2026-12-01', { a: section('One.'), b: section('B.') }),
    ]);
    expect(history.map((h) => h.edition.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect(history[0]!.state.sections.get('a')).toEqual(section('One.'));
    expect(history[1]!.state.sections.get('a')).toEqual(section('Two.'));
    expect(history[1]!.state.sections.get('b')).toEqual(section('B.'));
  });

  it('removes what an edition records as null, leaving the earlier state as it was', () => {
    const history = replay([edition('2026-12-01', { a: section('A.') }), edition('2026-12-02', { a: null })]);
    expect(history[1]!.state.sections.has('a')).toBe(false);
    expect(history[0]!.state.sections.has('a')).toBe(true);
  });
});

describe('editionDigest', () => {
  it('depends on the data, not on the order of keys, and leaves out the digest itself', () => {
    const a = { date: '2026-12-01', note: 'n', digest: 'x' };
    const b = { note: 'n', date: '2026-12-01', digest: 'y' };
    expect(editionDigest(a)).toBe(editionDigest(b));
    expect(editionDigest({ ...a, note: 'm' })).not.toBe(editionDigest(a));
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });
});
