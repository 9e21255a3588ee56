import { describe, expect, test } from 'vitest';
import { mixDrill } from '../../../src/views/lifecycle/mixDrill.ts';

describe('mixDrill(months, column, snapshotIso)', () => {
  const months = ['2025-10-31', '2025-11-30', '2025-12-31'];
  test('exact at the snapshot month end, otherwise flagged with the clicked month', () => {
    expect(mixDrill(months, 2, '2025-12-31')).toEqual({ exact: true, month: '2025-12-31' });
    expect(mixDrill(months, 0, '2025-12-31')).toEqual({ exact: false, month: '2025-10-31' });
    expect(mixDrill(months, 2, '2025-12-15')).toEqual({ exact: false, month: '2025-12-31' });
  });
  test('rejects a column outside the months', () => {
    expect(() => mixDrill(months, 3, '2025-12-31')).toThrow(/invalid month column: 3 of 3/);
    expect(() => mixDrill([], 0, '2025-12-31')).toThrow(/0 of 0/);
  });
});
