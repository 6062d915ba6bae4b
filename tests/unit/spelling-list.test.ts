import { describe, expect, it } from 'vitest';
import { spellingListText } from '../../src/lib/spelling-list.ts';

const lines = (text: string) => text.trimEnd().split('\n');

describe('spellingListText', () => {
  it('lists the words of four letters or more, those on the most pages first, ties alphabetical', () => {
    const text = spellingListText(['Kunar and Herat', 'Kunar, Kabul', 'Herat Kunar'], []);
    expect(lines(text)).toEqual(['kunar', 'herat', 'kabul']);
  });

  it('counts a word once per page, lowercased and without accents', () => {
    expect(lines(spellingListText(['Qāsem qasem QASEM', 'Doha'], []))).toEqual(['doha', 'qasem']);
  });

  it('leaves out shorter words and numbers, and splits on punctuation', () => {
    expect(lines(spellingListText(['IS-K is in Taliban’s 2016 list of 1,700'], []))).toEqual(['list', 'taliban']);
  });

  it('puts the names of several words first, as written, once whatever their case', () => {
    const text = spellingListText(['Kunar'], ['Kunar', 'Hafiz Saeed Khan', 'IS-K', 'hafiz saeed khan', 'Abu Sayed', 'IS']);
    expect(lines(text)).toEqual(['Abu Sayed', 'Hafiz Saeed Khan', 'kunar']);
  });

  it('ends with a line break, and is empty of terms for no text', () => {
    expect(spellingListText([], [])).toBe('\n');
    expect(spellingListText(['Kunar'], [])).toBe('kunar\n');
  });
});
