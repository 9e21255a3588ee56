import { describe, expect, test } from 'vitest';
import { byteSize } from '../../src/lib/i18n/byteSize.ts';

const en = (v: number, d: number) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

describe('byteSize', () => {
  test.each([
    [0, '0 B'],
    [212, '212 B'],
    [1023, '1,023 B'],
    [1024, '1.0 KB'],
    [7_600, '7.4 KB'],
    [49_152, '48.0 KB'],
    [300 * 1024, '300 KB'],
    [12.1 * 1024 * 1024, '12.1 MB'],
    [3.5 * 1024 * 1024, '3.5 MB'],
    [48_039_694, '45.8 MB'],
    [205_285_847, '196 MB'],
    [2.05 * 1024 ** 3, '2.05 GB'],
    [1024 * 1024 - 1, '1.0 MB']
  ])('%d bytes read as %s (no "0 KB" for a small file)', (bytes, text) => {
    expect(byteSize(bytes, en)).toBe(text);
  });

  test('no number is no size', () => {
    expect(byteSize(NaN, en)).toBe('—');
  });
});
