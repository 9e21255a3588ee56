import { describe, expect, test } from 'vitest';
import { holdoutVerdict } from '../../../src/views/forecast/holdoutVerdict.ts';

describe('holdoutVerdict(totalActual, totalPredicted)', () => {
  test.each([
    [100, 112.4, 12, 'over'],
    [100, 87.6, 12, 'under'],
    [100, 100.4, 0, 'match'],
    [3, 0, 100, 'under']
  ])('actual %d, predicted %d: %d %% %s', (actual, predicted, error, direction) => {
    expect(holdoutVerdict(actual, predicted)).toEqual({ error, direction });
  });

  test('no holdout purchase: no error', () => {
    expect(holdoutVerdict(0, 5)).toEqual({ error: NaN, direction: 'none' });
    expect(holdoutVerdict(NaN, 5).direction).toBe('none');
  });
});
