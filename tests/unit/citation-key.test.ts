import { describe, expect, it } from 'vitest';
import { citationKey } from '../../src/lib/citation/index.ts';
import { page, section } from '../support/citation.ts';

describe('citationKey', () => {
  it('keys a citation on the family name, year, the title’s short form and the section or page', () => {
    expect(citationKey(section)).toBe('bala2024isk-ghafari-killed');
    expect(citationKey(page)).toBe('bala2024isk-leaders-killed');
    expect(citationKey({ ...section, title: 'A caliphate without borders', url: 'https://x.org/' })).toBe('bala2024caliphate');
  });

  it('writes an accented family name in plain ASCII', () => {
    expect(citationKey({ ...section, authors: ['José Núñez'], url: 'https://x.org/a/strikes/' })).toBe('nunez2024isk-strikes');
  });
});
