import { describe, expect, it } from 'vitest';
import { allowance, mayRespell, parseSpellingList, spellingDistance, squash, suggestQuery, weakWords } from '../../src/lib/spelling.ts';

/** A list shaped like the built one: names first, then words, the most frequent first. */
const LIST = parseSpellingList(
  [
    'Hafiz Saeed Khan',
    'Lashkar-e Islam',
    'Zabihullah Mujahid',
    'taliban',
    'afghanistan',
    'ghafari',
    'sayed',
    'saeed',
    'hafiz',
    'khan',
    'uzbekistan',
    'tajikistan',
    'herat',
    'kunar',
    'kunduz',
    'islam',
    'lashkar',
    'west',
    'point',
    'zabihullah',
    'mujahid',
    'soleimani',
    'qassem',
  ].join('\n') + '\n',
);

describe('squash', () => {
  it('lowercases, drops accents and keeps only letters and digits', () => {
    expect(squash('Taliban’s')).toBe('talibans');
    expect(squash('Lashkar-e Islam')).toBe('lashkareislam');
    expect(squash('Qāsem')).toBe('qasem');
  });
});

describe('parseSpellingList', () => {
  it('takes lines of letters and digits as words and any other line as a name', () => {
    const list = parseSpellingList('Hafiz Saeed Khan\nIS-K\nkunar\n2016\n\n');
    expect(list.names).toEqual(['Hafiz Saeed Khan', 'IS-K']);
    expect(list.words).toEqual(['kunar', '2016']);
  });
});

describe('spellingDistance', () => {
  it('counts the usual variants of a transliterated name as half an edit', () => {
    expect(spellingDistance('hafez', 'hafiz')).toBe(0.5); // a vowel for another
    expect(spellingDistance('qasem', 'qassem')).toBe(0.5); // a single letter for a double
    expect(spellingDistance('gafari', 'ghafari')).toBe(0.5); // an h dropped
    expect(spellingDistance('kassem', 'qassem')).toBe(0.5); // k for q
  });

  it('counts any other letter, or two neighbours swapped, as one edit', () => {
    expect(spellingDistance('uzbekstan', 'uzbekistan')).toBe(1);
    expect(spellingDistance('heart', 'herat')).toBe(1);
    expect(spellingDistance('kunar', 'kubar')).toBe(1);
    expect(spellingDistance('kunar', 'kunar')).toBe(0);
  });

  it('with `prefix`, measures from the closest start of the known word', () => {
    expect(spellingDistance('gafar', 'ghafari')).toBeGreaterThan(1);
    expect(spellingDistance('gafar', 'ghafari', true)).toBe(0.5);
  });
});

describe('allowance', () => {
  it('allows nothing under four letters, and more the longer the word', () => {
    expect([3, 4, 5, 6, 7, 9, 10].map(allowance)).toEqual([0, 0.5, 1, 1, 1.5, 1.5, 2]);
  });
});

describe('mayRespell', () => {
  it('is true only for a query with a word of four letters or more', () => {
    expect(mayRespell('IS K')).toBe(false);
    expect(mayRespell('IS Kunar')).toBe(true);
  });
});

describe('suggestQuery', () => {
  it('respells a word the list does not have, keeping its capital', () => {
    expect(suggestQuery('Gafari', LIST)).toBe('Ghafari');
    expect(suggestQuery('uzbekstan', LIST)).toBe('uzbekistan');
    expect(suggestQuery('Heart', LIST)).toBe('Herat');
  });

  it('leaves alone a query whose words the list has, or starts', () => {
    expect(suggestQuery('Ghafari', LIST)).toBeUndefined();
    expect(suggestQuery('Uzbek', LIST)).toBeUndefined();
  });

  it('leaves alone a word too far from any word of the list, and words under four letters', () => {
    expect(suggestQuery('Kandahar', LIST)).toBeUndefined();
    expect(suggestQuery('Kbl', LIST)).toBeUndefined();
  });

  it('respells only the words it must, and keeps the others as typed', () => {
    expect(suggestQuery('Ghafari Kundoz', LIST)).toBe('Ghafari Kunduz');
  });

  it('matches a query of several words against the names as a whole', () => {
    expect(suggestQuery('Hafiz Sayeed Khan', LIST)).toBe('Hafiz Saeed Khan');
    expect(suggestQuery('Lashkar-i-Islam', LIST)).toBe('Lashkar-e Islam');
  });

  it('splits a word that is two words of the list, hyphenated or run together', () => {
    expect(suggestQuery('Westpoint', LIST)).toBe('West point');
    expect(suggestQuery('West-Point', LIST)).toBe('West Point');
  });

  it('respells a weak word even when the list has longer words that start with it', () => {
    expect(suggestQuery('Tajik', LIST, new Set(['tajik']))).toBeUndefined();
    expect(suggestQuery('Kunarr', LIST, new Set(['kunarr']))).toBe('Kunar');
  });
});

describe('weakWords', () => {
  it('finds a word matched only inside much longer words', () => {
    expect(weakWords('Tajik', ['tajikistan'])).toEqual(['tajik']);
  });

  it('finds a word Pagefind matched by a short piece of it', () => {
    expect(weakWords('Heart', ['he'])).toEqual(['heart']);
    expect(weakWords('Nangrhar', ['n'])).toEqual(['nangrhar']);
  });

  it('accepts the word itself, a slightly longer word, or a shared stem', () => {
    expect(weakWords('Taliban', ['taliban'])).toEqual([]);
    expect(weakWords('Talib', ['taliban'])).toEqual([]);
    expect(weakWords('killings', ['killed'])).toEqual([]);
  });

  it('leaves out words under five letters', () => {
    expect(weakWords('Iran', ['iranian'])).toEqual([]);
  });
});
