import { describe, expect, test } from 'vitest';
import { labelOf } from '../../../src/views/report/labelOf.ts';

describe('labelOf(locale, key, fallback)', () => {
  test.each([
    ['zh', 'report.title', '报告'],
    ['en', 'report.title', 'Report'],
    ['en', 'segment.customName', 'segment.customName'],
    ['en', 'constructor', 'constructor'],
    ['zh', '__proto__', '__proto__']
  ] as const)('%s %s → %s', (locale, key, expected) => {
    expect(labelOf(locale, key, key)).toBe(expected);
  });
});
