import { describe, expect, test } from 'vitest';
import { customerBase } from '../../src/lib/analysis/customerBase.ts';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { transactionTable } from './transactionTable.ts';

const day = dayOfIso;

describe('customerBase (METHOD §9)', () => {
  // A: first 01-01 (two rows, one a return: still a purchase day, value 8); 01-08 value 5; 01-15 returns only
  // (not a purchase day); 01-29 value 9 → x = 2, tₓ = 4 weeks, m̄ = 7; holdout: 02-05 and 02-12 (two rows, one day).
  // B: a single purchase → x = 0, m̄ NaN. C: first purchase after τ → left out. Rows after D are ignored.
  const table = transactionTable([
    { customer: 'A', date: '2024-01-01', amount: 10 },
    { customer: 'A', date: '2024-01-01', amount: -2 },
    { customer: 'A', date: '2024-01-08', amount: 5 },
    { customer: 'A', date: '2024-01-15', amount: -4 },
    { customer: 'A', date: '2024-01-29', amount: 9 },
    { customer: 'A', date: '2024-02-05', amount: 1 },
    { customer: 'A', date: '2024-02-12', amount: 1 },
    { customer: 'A', date: '2024-02-12', amount: 2 },
    { customer: 'A', date: '2024-03-01', amount: 2 },
    { customer: 'B', date: '2024-01-15', amount: 3 },
    { customer: 'C', date: '2024-02-10', amount: 3 }
  ]);
  const base = customerBase(table, { calibrationEnd: day('2024-01-29'), analysisDay: day('2024-02-20'), unitDays: 7 });

  test.each([
    ['A', 0, { included: 1, x: 2, tx: 4, T: 4, mbar: 7, holdout: 2 }],
    ['B', 1, { included: 1, x: 0, tx: 0, T: 2, mbar: NaN, holdout: 0 }],
    ['C', 2, { included: 0, x: NaN, tx: NaN, T: NaN, mbar: NaN, holdout: NaN }]
  ])('customer %s', (_, i, expected) => {
    const got = { included: base.included[i], x: base.x[i], tx: base.tx[i], T: base.T[i], mbar: base.mbar[i], holdout: base.holdout[i] };
    expect(got).toEqual(expected);
  });

  test('counts and the per-day series of the tracking plot', () => {
    expect([base.customers, base.repeatBuyers, base.startDay]).toEqual([2, 1, day('2024-01-01')]);
    const at = (iso: string) => day(iso) - base.startDay;
    expect([base.firstByDay[at('2024-01-01')], base.firstByDay[at('2024-01-15')], base.firstByDay[at('2024-02-10')]]).toEqual([1, 1, 0]);
    const repeats = [...base.repeatsByDay.keys()].filter((k) => base.repeatsByDay[k] > 0).map((k) => [k, base.repeatsByDay[k]]);
    expect(repeats).toEqual([[at('2024-01-08'), 1], [at('2024-01-29'), 1], [at('2024-02-05'), 1], [at('2024-02-12'), 1]]);
  });

  test.each([
    ['day', 1, 28],
    ['month', 30.4375, 28 / 30.4375]
  ])('time unit %s: tₓ in %d-day units', (_, unit, tx) => {
    const b = customerBase(table, { calibrationEnd: day('2024-01-29'), analysisDay: day('2024-02-20'), unitDays: unit });
    expect(b.tx[0]).toBeCloseTo(tx, 12);
  });

  test('an index maps table codes to output rows (−1 left out)', () => {
    const b = customerBase(table, { calibrationEnd: day('2024-01-29'), analysisDay: day('2024-02-20'), unitDays: 7, index: Int32Array.from([1, -1, 0]), count: 2 });
    expect([b.x[1], b.included[0], b.customers]).toEqual([2, 0, 1]);
  });
});
