import { describe, expect, test } from 'vitest';
import { toCsv, toExcelCsv } from '../../src/lib/export/toCsv.ts';

describe('toCsv(rows)', () => {
  test.each([
    [[['a', 'b']], 'a,b\r\n'],
    [[['x,y', 'say "hi"']], '"x,y","say ""hi"""\r\n'],
    [[[1.5, -2, NaN, null, undefined]], '1.5,-2,,,\r\n'],
    [[['line\nbreak']], '"line\nbreak"\r\n'],
    [[['=SUM(A1)', '+1', '@x', '-x', '-3']], "'=SUM(A1),'+1,'@x,'-x,-3\r\n"],
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
