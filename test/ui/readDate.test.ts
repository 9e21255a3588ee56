import { describe, expect, test } from 'vitest';
import { readDate } from '../../src/lib/ui/readDate.ts';

describe('readDate(text, min, max)', () => {
  test.each([
    ['2025-06-30', { kind: 'date', iso: '2025-06-30' }],
    [' 2025/6/3 ', { kind: 'date', iso: '2025-06-03' }],
    ['2025.12.1', { kind: 'date', iso: '2025-12-01' }],
    ['2025年6月30日', { kind: 'date', iso: '2025-06-30' }],
    ['2024-02-29', { kind: 'date', iso: '2024-02-29' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['2025-02-29', { kind: 'invalid' }],
    ['2025-13-01', { kind: 'invalid' }],
    ['06/30/2025', { kind: 'invalid' }],
    ['yesterday', { kind: 'invalid' }]
  ])('%j', (text, expected) => {
    expect(readDate(text)).toEqual(expected);
  });

  test('outside [min, max]', () => {
    expect(readDate('2025-01-01', '2025-02-01')).toEqual({ kind: 'beforeMin' });
    expect(readDate('2026-01-01', undefined, '2025-12-31')).toEqual({ kind: 'afterMax' });
    expect(readDate('2025-12-31', '2025-12-31', '2025-12-31')).toEqual({ kind: 'date', iso: '2025-12-31' });
  });
});
