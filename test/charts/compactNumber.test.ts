import { describe, expect, test } from 'vitest';
import { compactNumber } from '../../src/lib/charts/compactNumber.ts';

describe('compactNumber(value, locale)', () => {
  test.each([
    [1234, 'en', '1.2K'],
    [-28269, 'en', '-28.3K'],
    [3_400_000, 'en', '3.4M'],
    [272.8, 'en', '272.8'],
    [0, 'en', '0'],
    [12345, 'zh', '1.2万'],
    [NaN, 'en', '—'],
    [Infinity, 'zh', '—']
  ] as const)('%f (%s) → %s', (value, locale, text) => {
    expect(compactNumber(value, locale)).toBe(text);
  });
});
