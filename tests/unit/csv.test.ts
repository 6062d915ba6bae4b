import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from '../support/csv.ts';

describe('toCsv', () => {
  it('writes a header and a row per record, each ended by CRLF', () => {
    expect(
      toCsv(
        ['id', 'n'],
        [
          { id: 'a', n: 1 },
          { id: 'b', n: 2 },
        ],
      ),
    ).toBe('id,n\r\na,1\r\nb,2\r\n');
  });

  it('writes only the header when there are no records', () => {
    expect(toCsv(['id', 'n'], [])).toBe('id,n\r\n');
  });

  it('follows the columns’ order, not the records’, and leaves other fields out', () => {
    expect(toCsv(['b', 'a'], [{ a: '1', b: '2', c: '3' }])).toBe('b,a\r\n2,1\r\n');
  });

  it('writes an undefined field empty, and 0 as 0', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: undefined, b: 0, c: '' }])).toBe('a,b,c\r\n,0,\r\n');
  });

  it('quotes a field with a comma, a quote, a CR or an LF, and doubles its quotes', () => {
    const rows = [{ v: 'killing 819 and 338, respectively' }, { v: 'the “Ummah,” said "IS"' }, { v: 'two\r\nlines' }, { v: 'a\nb' }];
    expect(toCsv(['v'], rows)).toBe(
      'v\r\n"killing 819 and 338, respectively"\r\n"the “Ummah,” said ""IS"""\r\n"two\r\nlines"\r\n"a\nb"\r\n',
    );
  });

  it('leaves other fields unquoted, spaces and curly quotes included', () => {
    expect(toCsv(['v'], [{ v: 'IS-K’s “province” 2014' }])).toBe('v\r\nIS-K’s “province” 2014\r\n');
  });

  it('reads back, through an RFC 4180 reader, as the fields it was given', () => {
    const records = [
      { id: 'x', quote: 'He said, "no".', note: 'line one\r\nline two' },
      { id: 'y', quote: '', note: undefined },
    ];
    expect(parseCsv(toCsv(['id', 'quote', 'note'], records))).toEqual([
      ['id', 'quote', 'note'],
      ['x', 'He said, "no".', 'line one\r\nline two'],
      ['y', '', ''],
    ]);
  });
});
