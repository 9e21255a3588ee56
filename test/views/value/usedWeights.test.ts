import { describe, expect, test } from 'vitest';
import { usedWeights } from '../../../src/views/value/usedWeights.ts';

describe('usedWeights(result)', () => {
  test('renormalised weights in percent, 0.1 precision, whole numbers without decimals', () => {
    expect(usedWeights({
      skipped: ['profit'],
      used: [
        { metric: 'revenue', weight: 0.5, group: 'realised' },
        { metric: 'orders', weight: 1 / 3, group: 'potential' },
        { metric: 'tenure', weight: 1 / 6, group: 'potential' }
      ]
    })).toEqual([
      { metric: 'revenue', percent: 50, digits: 0 },
      { metric: 'orders', percent: 33.3, digits: 1 },
      { metric: 'tenure', percent: 16.7, digits: 1 }
    ]);
  });
  test('null when nothing was left out, or nothing is left', () => {
    expect(usedWeights({ skipped: [], used: [{ metric: 'revenue', weight: 1, group: 'realised' }] })).toBeNull();
    expect(usedWeights({ skipped: ['profit'], used: [] })).toBeNull();
    expect(usedWeights({})).toBeNull();
  });
});
