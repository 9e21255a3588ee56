import { describe, expect, test } from 'vitest';
import { fitLabel, textWidth } from '../../src/lib/charts/fitLabel.ts';

describe('textWidth(text, fontSize)', () => {
  test.each([
    ['abc', 10, 18],
    ['冠军客户', 10, 40],
    ['A客户', 12, 31.2],
    ['', 10, 0]
  ])('%j at %i px → %f', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width);
  });
});

describe('fitLabel(text, width, fontSize, maxLines)', () => {
  test('a label that fits stays on one line, trimmed', () => {
    expect(fitLabel('  Loyal  ', 100, 10)).toEqual(['Loyal']);
  });
  test('breaks at spaces, CJK between any characters', () => {
    expect(fitLabel('Potential loyalists', 60, 10)).toEqual(['Potential', 'loyalists']);
    expect(fitLabel('重要价值客户', 40, 10)).toEqual(['重要价值', '客户']);
  });
  test('shortens the last line with an ellipsis when it still does not fit', () => {
    const lines = fitLabel('Customers we cannot afford to lose at all', 60, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(60);
    expect(fitLabel('abcdefghijklmnop', 30, 10, 1)).toEqual(['abcd…']);
  });
  test('a single word too long is shortened, not broken across lines', () => {
    expect(fitLabel('Promising', 40, 10, 2)).toEqual(['Promi…']);
  });
  test('empty text gives no lines; a bad box is refused', () => {
    expect(fitLabel('', 50, 10)).toEqual([]);
    expect(() => fitLabel('x', 0, 10)).toThrow(/invalid label box/);
  });
});
