import { describe, expect, test } from 'vitest';
import { inkOn } from '../../src/lib/charts/inkOn.ts';
import { sequential, textOn } from '../../src/lib/charts/palette.ts';

describe('inkOn(fill) and textOn(hex)', () => {
  test.each([
    ['#000000', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#0072B2', '#ffffff'],
    ['#F0E442', '#000000'],
    ['rgb(68, 1, 84)', '#ffffff'],
    ['rgb(253, 231, 37)', '#000000'],
    ['white', '#000000'],
    ['not a colour', '#000000']
  ])('%s → %s', (fill, ink) => {
    expect(inkOn(fill)).toBe(ink);
    // textOn reads hex only: it agrees on hex and falls back to black on the rest.
    expect(textOn(fill)).toBe(fill.startsWith('#') ? ink : '#000000');
  });

  test('white on the dark end of the sequential scale, black on the light end', () => {
    expect(inkOn(sequential(0))).toBe('#ffffff');
    expect(inkOn(sequential(1))).toBe('#000000');
  });
});
