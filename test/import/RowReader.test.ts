import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { readRows, RowReader } from '../../src/lib/import/RowReader.ts';

/** PapaParse's rows, without the empty row it reports after a final line end. */
function papa(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter, newline: text.includes('\r\n') ? '\r\n' : '\n', skipEmptyLines: false }).data;
  if (rows.length && /\n$/.test(text) && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  if (text === '') return [];
  return rows;
}

describe('readRows(text, delimiter) reads as PapaParse does', () => {
  test.each([
    ['plain', 'a,b,c\n1,2,3\n'],
    ['no final line end', 'a,b\n1,2'],
    ['CRLF', 'a,b\r\n1,2\r\n'],
    ['empty fields', ',,\n,a,\n'],
    ['blank lines', 'a\n\nb\n\n'],
    ['quoted delimiter and escaped quote', 'x,"a, ""b""",y\n'],
    ['quoted line breaks', 'x,"two\nlines",y\nz,"three\nlines\n",w\n'],
    ['quoted line breaks, CRLF', 'x,"two\r\nlines",y\r\nz,"three\r\nlines\r\n",w\r\n'],
    ['quote inside an unquoted field', 'ab"c,d\n'],
    ['empty quoted field', '"",a\n'],
    ['quoted field at the end of the text', 'a,"b"'],
    ['spaces after the closing quote', '"a"  ,b\n'],
    ['unterminated quote runs to the end', 'a,"b\nc,d\n'],
    ['semicolons', 'a;"b;c";d\n']
  ])('%s', (_, text) => {
    const delimiter = text.includes(';') ? ';' : ',';
    expect(readRows(text, delimiter)).toEqual(papa(text, delimiter));
  });

  test('random texts from a hostile alphabet agree with PapaParse', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['a', 'b', ',', ',', '"', '""', '\n', 'x y', '1.5', '客'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(readRows(text, ','), JSON.stringify(text)).toEqual(papa(text, ','));
    }
  });
});

describe('RowReader', () => {
  test('keeps only the needed fields, and reports count, lines and the raw span', () => {
    const text = 'a,"b\nb",c,d\r\n1,2,3,4\n';
    const reader = new RowReader(text, ',', Uint8Array.of(1, 0, 1));
    const out: string[] = [];
    let p = reader.read(0, out);
    expect([reader.count, reader.lines, out[0], out[1], out[2]]).toEqual([4, 2, 'a', undefined, 'c']);
    expect(text.slice(reader.start, reader.end)).toBe('a,"b\nb",c,d');
    p = reader.read(p, out);
    expect([reader.count, reader.lines, out[0], out[1], out[2]]).toEqual([4, 1, '1', undefined, '3']);
    expect(text.slice(reader.start, reader.end)).toBe('1,2,3,4');
    expect(p).toBe(text.length);
  });

  test.each([
    ['a\nb', true],
    ['a\r\nb', true],
    ['a\rb', false]
  ])('supports(%j) = %j', (text, expected) => expect(RowReader.supports(text)).toBe(expected));

  test.each(['', ',,', '"', '\n'])('refuses the delimiter %j', (d) => {
    expect(() => new RowReader('a', d)).toThrow(/delimiter/);
  });
});
