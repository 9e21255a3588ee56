import { describe, expect, test } from 'vitest';
import { tierCsv, tierRows } from '../../../src/views/value/tierRows.ts';

describe('tierRows(result)', () => {
  test('one row per band with its score range and share of customers', () => {
    const rows = tierRows({
      tiers: [
        { tier: 1, lower: 80, customers: 1, value: 500 },
        { tier: 2, lower: 40, customers: 2, value: 300 },
        { tier: 3, lower: 0, customers: 1, value: 10 }
      ],
      tier: Uint8Array.from([1, 2, 2, 3])
    });
    expect(rows).toEqual([
      { tier: 1, lower: 80, upper: 100, customers: 1, customerShare: 0.25, value: 500 },
      { tier: 2, lower: 40, upper: 80, customers: 2, customerShare: 0.5, value: 300 },
      { tier: 3, lower: 0, upper: 40, customers: 1, customerShare: 0.25, value: 10 }
    ]);
  });
  test('customers below every band get a last row (tier 0)', () => {
    const rows = tierRows({ tiers: [{ tier: 1, lower: 50, customers: 1, value: 9 }], tier: Uint8Array.from([1, 0, 0]) });
    expect(rows.at(-1)).toEqual({ tier: 0, lower: 0, upper: 50, customers: 2, customerShare: 2 / 3, value: NaN });
  });
  test('no customers: shares are NaN, no extra row', () => {
    const rows = tierRows({ tiers: [{ tier: 1, lower: 0, customers: 0, value: 0 }], tier: new Uint8Array(0) });
    expect(rows).toHaveLength(1);
    expect(rows[0].customerShare).toBeNaN();
  });
});

describe('tierCsv(rows, tierName, translate)', () => {
  test('translated header, tier names, rounded values', () => {
    const csv = tierCsv([{ tier: 1, lower: 80, upper: 100, customers: 3, customerShare: 1 / 3, value: 10.456 }], (t) => `T${t}`, (k) => k);
    expect(csv).toEqual([
      ['value.csv.tier', 'value.csv.lower', 'value.csv.upper', 'value.csv.customers', 'value.csv.customerShare', 'value.csv.revenue'],
      ['T1', 80, 100, 3, 0.333333, 10.46]
    ]);
  });
});
