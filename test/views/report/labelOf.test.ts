import { describe, expect, test } from 'vitest';
import { labelOf } from '../../../src/views/report/labelOf.ts';

describe('labelOf(locale, key, fallback)', () => {
  test.each([
    ['zh', '报告'],
    ['en', 'Report']
  ] as const)('a catalogue key in %s → %s', (locale, expected) => {
    expect(labelOf(locale, 'report.title', 'fallback')).toBe(expected);
  });

  test.each(['segment.customName', 'constructor', '__proto__'])('%s, in no catalogue, gives the fallback in both languages', (key) => {
    expect(labelOf('zh', key, key)).toBe(key);
    expect(labelOf('en', key, 'fallback')).toBe('fallback');
  });
});
