import { describe, expect, test } from 'vitest';
import { numberSetting } from '../../src/lib/ui/numberSetting.ts';

describe('numberSetting()', () => {
  test.each([
    ['a number in range', 12, { min: 1, max: 120, integer: true }, { value: 12 }],
    ['text of a number', ' 3.5 ', { min: 0 }, { value: 3.5 }],
    ['the limits themselves', '1', { min: 1, max: 1 }, { value: 1 }],
    ['zero allowed when min is 0', 0, { min: 0 }, { value: 0 }]
  ] as const)('accepts %s', (_, raw, limits, expected) => {
    expect(numberSetting(raw, limits, 'x.invalid')).toEqual(expected);
  });

  test.each([
    ['empty text', '', { min: 0 }, { value: '—', min: 0 }],
    ['null', null, { min: 0 }, { value: '—', min: 0 }],
    ['not a number', 'abc', { min: 0 }, { value: 'abc', min: 0 }],
    ['below min', -1, { min: 0 }, { value: '-1', min: 0 }],
    ['above max', 200, { min: 1, max: 120 }, { value: '200', min: 1, max: 120 }],
    ['not whole', 1.5, { min: 1, integer: true }, { value: '1.5', min: 1 }],
    ['infinite', Infinity, { min: 0 }, { value: 'Infinity', min: 0 }]
  ] as const)('refuses %s, saying what was received', (_, raw, limits, params) => {
    expect(numberSetting(raw, limits, 'x.invalid')).toEqual({ error: { code: 'x.invalid', params } });
  });
});
