import { describe, expect, test } from 'vitest';
import { isBlank, NumberReader, numberCoercionNames, parseNumber, plainValue } from '../../src/lib/import/parseNumber.ts';

describe('parseNumber(text, decimalComma = false)', () => {
  test.each([
    ['12', 12, []],
    ['-12.50', -12.5, []],
    ['+3', 3, []],
    ['0', 0, []],
    ['-0.5', -0.5, []],
    ['.5', 0.5, []],
    ['1e3', 1000, []],
    ['1,234.50', 1234.5, ['thousands']],
    ['1,234,567', 1234567, ['thousands']],
    ['1 234 567', 1234567, ['thousands']],
    ['¥1200', 1200, ['currency']],
    ['￥1,200.00', 1200, ['thousands', 'currency']],
    ['$ 99.90', 99.9, ['currency']],
    ['€5', 5, ['currency']],
    ['£7.25', 7.25, ['currency']],
    ['-$5', -5, ['currency']],
    ['$-5', -5, ['currency']],
    ['1200元', 1200, ['currency']],
    ['RMB 300', 300, ['currency']],
    ['(120)', -120, ['parentheses']],
    ['(1,234.5)', -1234.5, ['thousands', 'parentheses']],
    ['($120)', -120, ['currency', 'parentheses']],
    ['12%', 0.12, ['percent']],
    ['-7.5 %', -0.075, ['percent']],
    ['１２３', 123, ['fullWidth']],
    ['１，２３４．５', 1234.5, ['thousands', 'fullWidth']],
    ['￥１２０', 120, ['currency', 'fullWidth']],
    ['  42  ', 42, []],
    ['−8', -8, []]
  ] as const)('%j → %d %j', (text, value, kinds) => {
    const r = parseNumber(text);
    expect(r.value).toBeCloseTo(value, 12);
    expect(r.kinds.sort()).toEqual([...kinds].sort());
  });

  test.each(['', '   ', 'abc', '12abc', '1,23', '1.234,50', '--5', '()', '%', '$', '1.2.3', '12-3', 'NaN', 'Infinity', '0x1F'])('%j is not a number (NaN)', (text) => {
    expect(parseNumber(text).value).toBeNaN();
  });

  test.each([
    ['1.234,50', 1234.5, ['thousands', 'decimalComma']],
    ['1.234.567', 1234567, ['thousands']],
    ['12,5', 12.5, ['decimalComma']],
    ['-0,75', -0.75, ['decimalComma']],
    ['1 234,50', 1234.5, ['thousands', 'decimalComma']],
    ['€ 3,20', 3.2, ['currency', 'decimalComma']],
    ['12', 12, []],
    ['(2,5)', -2.5, ['parentheses', 'decimalComma']],
    ['12,5%', 0.125, ['percent', 'decimalComma']]
  ] as const)('decimal comma: %j → %d %j', (text, value, kinds) => {
    const r = parseNumber(text, true);
    expect(r.value).toBeCloseTo(value, 12);
    expect(r.kinds.sort()).toEqual([...kinds].sort());
  });

  test.each(['1,234.50', '12.5', 'abc', '1,2,3'])('decimal comma: %j is not a number', (text) => {
    expect(parseNumber(text, true).value).toBeNaN();
  });
});

describe('NumberReader', () => {
  test('kinds are reset by each read', () => {
    const reader = new NumberReader();
    expect(reader.read('$1,000')).toBe(1000);
    expect(numberCoercionNames(reader.kinds).sort()).toEqual(['currency', 'thousands']);
    expect(reader.read('5')).toBe(5);
    expect(reader.kinds).toBe(0);
    expect(reader.read('x')).toBeNaN();
    expect(reader.kinds).toBe(0);
  });
});

describe('isBlank(text)', () => {
  test.each([['', true], [' ', true], ['\t\u3000\u00a0', true], ['\r', true], ['0', false], [' a ', false]] as const)('%j → %j', (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
});

describe('plainValue(text): the fast path gives exactly Number(text)', () => {
  test.each(['0', '-0', '12', '+7', '0.1', '0.3', '2.55', '-1234.5678', '123456789012345', '1234567890123456789', '0.000000000000001', '9007199254740993', '.5', '5.', '00012.50'])('%s', (text) => {
    expect(Object.is(plainValue(text), Number(text))).toBe(true);
  });
  test('random decimals with up to 15 digits', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const int = String(Math.floor(random() * 10 ** Math.floor(random() * 9)));
      const frac = String(Math.floor(random() * 10 ** Math.floor(random() * 7))).padStart(Math.floor(random() * 7), '0');
      const text = (random() < 0.3 ? '-' : '') + int + (frac ? '.' + frac : '');
      expect(plainValue(text), text).toBe(Number(text));
    }
  });
  test.each(['', '-', '.', '1e3', '1,000', ' 1', '1.2.3', '12a'])('%j is not plain (NaN)', (text) => {
    expect(plainValue(text)).toBeNaN();
  });
});

describe('numbers beyond a double are refused as notFinite, never Infinity', () => {
  test.each([
    ['1e309', false],
    ['-1e309', false],
    ['9'.repeat(400), false],
    ['-' + '9'.repeat(400), false],
    ['1.8e308', false],
    ['$1e309', false],
    ['(1e309)', false],
    ['1e309%', false],
    ['1' + ',000'.repeat(103), false],
    ['1' + '.000'.repeat(103), true],
    ['9'.repeat(400), true]
  ] as const)('%j (decimal comma %s) → NaN, problem notFinite', (text, decimalComma) => {
    const r = parseNumber(text, decimalComma);
    expect(r.value).toBeNaN();
    expect(r.problem).toBe('notFinite');
    expect(r.kinds).toEqual([]);
  });

  test.each([
    ['1.7e308', 1.7e308],
    ['-1.7e308', -1.7e308],
    ['9'.repeat(300), Number('9'.repeat(300))],
    ['1e-400', 0]
  ] as const)('%j is finite and read', (text, value) => {
    const r = parseNumber(text);
    expect(r.value).toBe(value);
    expect(r.problem).toBeUndefined();
  });

  test('text that is not a number keeps the problem badNumber', () => {
    expect(parseNumber('abc').problem).toBe('badNumber');
    const reader = new NumberReader();
    expect(reader.read('1e309')).toBeNaN();
    expect(reader.problem).toBe('notFinite');
    expect(reader.read('x')).toBeNaN();
    expect(reader.problem).toBe('badNumber');
    expect(reader.read('12')).toBe(12);
  });
});
