import { describe, expect, test } from 'vitest';
import { isoOfDay } from '../../src/lib/analysis/day.ts';
import { lifecycle, notYetCustomer, type LifecycleConfig, type LifecycleStage } from '../../src/lib/analysis/lifecycle.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, day, snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const config = (patch: Partial<LifecycleConfig> = {}): LifecycleConfig => ({ snapshot: null, windowDays: 30, horizonDays: 90, band: 0.2, from: null, to: null, ...patch });

// Snapshot D = 2024-03-31, W = 30, H = 90, g = 20 %: now = (2024-03-01, 2024-03-31], before = (2024-01-31, 2024-03-01],
// lost when the last positive order is on or before 2024-01-01.
const fixture: [string, [string, number][], LifecycleStage][] = [
  ['exp', [['2024-03-10', 100]], 'exploration'],
  ['lost', [['2023-12-01', 50], ['2024-01-01', 50]], 'lost'],
  ['dec', [['2023-12-15', 100], ['2024-02-10', 100]], 'declining'],
  ['grow', [['2023-12-01', 10], ['2024-02-15', 100], ['2024-03-15', 130]], 'growing'], // 130 > 120
  ['ret', [['2023-12-01', 100], ['2024-03-20', 50]], 'growing'], // before = 0: returned
  ['stab', [['2023-11-01', 10], ['2024-02-20', 100], ['2024-03-20', 110]], 'stable'],
  ['eq', [['2023-11-01', 10], ['2024-02-20', 100], ['2024-03-20', 120]], 'stable'], // exactly +20 % is not "more"
  ['eqlow', [['2023-11-01', 10], ['2024-02-20', 100], ['2024-03-20', 80]], 'stable'], // exactly −20 %
  ['fluct', [['2023-11-01', 10], ['2024-02-20', 100], ['2024-03-20', 70]], 'fluctuating'],
  ['retonly', [['2023-11-01', 100], ['2024-02-20', 100], ['2024-03-20', -50]], 'declining'], // a return is no order value
  ['bnd', [['2023-11-01', 10], ['2024-03-01', 100], ['2024-03-02', 100]], 'stable'], // S − W belongs to "before"
  ['bexp', [['2024-03-01', 100]], 'declining'] // first order exactly at S − W: not new any more
];
const rows: Row[] = fixture.flatMap(([customer, orders]) => orders.map(([date, amount]) => ({ customer, date, amount })));
const table = transactionTable(rows);
const summary = summarize(table, summaryConfig({ analysisDate: '2024-03-31' }));

/** METHOD §6 by its words, on the raw rows (customer-day orders, positive values), for snapshot S. */
function stageByDefinition(rowsOf: Row[], S: number, W: number, H: number, g: number): LifecycleStage | null {
  const byDay = new Map<number, number>();
  for (const r of rowsOf) if (day(r.date) <= S) byDay.set(day(r.date), (byDay.get(day(r.date)) ?? 0) + r.amount);
  if (byDay.size === 0) return null;
  const positive = [...byDay].filter(([, v]) => v > 0);
  const sum = (from: number, to: number) => positive.filter(([d]) => d > from && d <= to).reduce((a, [, v]) => a + v, 0);
  const first = Math.min(...positive.map(([d]) => d));
  if (first > S - W && first <= S) return 'exploration';
  if (!positive.some(([d]) => d > S - H)) return 'lost';
  const now = sum(S - W, S);
  const before = sum(S - 2 * W, S - W);
  if (now === 0) return 'declining';
  if (now > before * (1 + g)) return 'growing';
  if (now > 0 && now < before * (1 - g)) return 'fluctuating';
  return 'stable';
}

describe('lifecycle(): stage at the snapshot, METHOD order', () => {
  const r = lifecycle(summary, config())!;
  const stageOf = (id: string) => r.stageKeys[r.stage[summary.ids.indexOf(id)]];

  test.each(fixture.map(([id, , stage]) => [id, stage]))('%s → %s', (id, stage) => {
    expect(stageOf(id)).toBe(stage);
  });

  test('the hand-worked stages equal the definition', () => {
    for (const [id, , stage] of fixture) expect(stageByDefinition(rows.filter((x) => x.customer === id), day('2024-03-31'), 30, 90, 0.2)).toBe(stage);
  });

  test('stage keys for transactions (no prospects), counts and revenue by stage (net, last W days)', () => {
    expect(r.snapshotDay).toBe(day('2024-03-31'));
    expect(r.stageKeys).toEqual(['exploration', 'growing', 'stable', 'fluctuating', 'declining', 'lost']);
    const by = Object.fromEntries(r.stages.map((s) => [s.stage, s]));
    expect(by.exploration).toEqual({ stage: 'exploration', customers: 1, revenue: 100 });
    expect(by.growing).toEqual({ stage: 'growing', customers: 2, revenue: 180 });
    expect(by.stable).toEqual({ stage: 'stable', customers: 4, revenue: 110 + 120 + 80 + 100 });
    expect(by.declining).toEqual({ stage: 'declining', customers: 3, revenue: -50 });
    expect(by.lost.customers).toBe(1);
    expect(r.stages.reduce((n, s) => n + s.customers, 0)).toBe(12);
  });

  test('stage mix at every month end from the first data month to the snapshot', () => {
    expect(r.mix.months).toEqual(['2023-11-30', '2023-12-31', '2024-01-31', '2024-02-29', '2024-03-31']);
    r.mix.months.forEach((iso, m) => {
      const expected = new Array(r.stageKeys.length).fill(0);
      let notYet = 0;
      for (const id of summary.ids) {
        const s = stageByDefinition(rows.filter((x) => x.customer === id), day(iso), 30, 90, 0.2);
        if (s === null) notYet++;
        else expected[r.stageKeys.indexOf(s)]++;
      }
      expect(r.mix.counts[m], iso).toEqual(expected);
      expect(r.mix.notYet![m], iso).toBe(notYet);
      // each customer's own stage at that month end, so a band lists exactly its customers
      summary.ids.forEach((id, c) => {
        const s = stageByDefinition(rows.filter((x) => x.customer === id), day(iso), 30, 90, 0.2);
        expect(r.mix.stage![m * summary.ids.length + c], `${id} ${iso}`).toBe(s === null ? 255 : r.stageKeys.indexOf(s));
      });
    });
    expect(r.mix.notYet![0]).toBe(12 - 6); // only the six customers of 2023-11-01 exist at the first month end
  });

  test('transition matrix between S − W and S (defaults); customers who joined in between are "entered"', () => {
    const t = r.transition;
    expect([t.fromDay, t.toDay]).toEqual([day('2024-03-01'), day('2024-03-31')]);
    const matrixTotal = t.matrix.flat().reduce((a, b) => a + b, 0);
    const entered = t.entered!.reduce((a, b) => a + b, 0);
    expect(matrixTotal + entered).toBe(12);
    expect(entered).toBe(1); // exp
    expect(t.entered![r.stageKeys.indexOf('exploration')]).toBe(1);
    for (const id of summary.ids) {
      const i = summary.ids.indexOf(id);
      const from = stageByDefinition(rows.filter((x) => x.customer === id), t.fromDay, 30, 90, 0.2);
      expect(t.fromStage![i] === notYetCustomer ? null : r.stageKeys[t.fromStage![i]], id).toBe(from);
    }
  });
});

describe('lifecycle(): agrees with the definition on random data at every month end', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const randomRows: Row[] = [];
  for (let c = 0; c < 60; c++) {
    const start = day('2022-01-01') + Math.floor(rand() * 600);
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      const d = start + Math.floor(rand() * 500);
      if (d > day('2023-12-31')) continue;
      randomRows.push({ customer: `r${c}`, date: isoOfDay(d), amount: rand() < 0.1 ? -Math.round(rand() * 50) : Math.round(rand() * 200) });
    }
  }
  randomRows.push({ customer: 'z', date: '2023-12-31', amount: 1 });
  const s = summarize(transactionTable(randomRows), summaryConfig());

  test.each([
    [180, 365, 0.2],
    [90, 120, 0],
    [30, 400, 0.5]
  ])('W %i, H %i, g %d', (W, H, g) => {
    const r = lifecycle(s, config({ windowDays: W, horizonDays: H, band: g }))!;
    r.mix.months.forEach((iso, m) => {
      const expected = new Array(r.stageKeys.length).fill(0);
      for (const id of s.ids) {
        const st = stageByDefinition(randomRows.filter((x) => x.customer === id), day(iso), W, H, g);
        if (st) expected[r.stageKeys.indexOf(st)]++;
      }
      expect(r.mix.counts[m], iso).toEqual(expected);
    });
  });
});

describe('lifecycle(): settings and edge cases', () => {
  test('an earlier snapshot: later customers are not yet customers (255); the snapshot is never after D', () => {
    const r = lifecycle(summary, config({ snapshot: '2024-02-29' }))!;
    expect(r.snapshotDay).toBe(day('2024-02-29'));
    expect(r.stage[summary.ids.indexOf('exp')]).toBe(notYetCustomer);
    expect(r.mix.months.at(-1)).toBe('2024-02-29');
    expect(lifecycle(summary, config({ snapshot: '2030-01-01' }))!.snapshotDay).toBe(day('2024-03-31'));
  });

  test('explicit transition dates (month and year ends)', () => {
    const r = lifecycle(summary, config({ from: '2023-12-31', to: '2024-02-29' }))!;
    expect([r.transition.fromDay, r.transition.toDay]).toEqual([day('2023-12-31'), day('2024-02-29')]);
    const atTo = summary.ids.filter((id) => stageByDefinition(rows.filter((x) => x.customer === id), day('2024-02-29'), 30, 90, 0.2) !== null).length;
    expect(r.transition.matrix.flat().reduce((a, b) => a + b, 0) + r.transition.entered!.reduce((a, b) => a + b, 0)).toBe(atTo);
  });

  test('customer tables (no dates) and empty input give null', () => {
    expect(lifecycle(summarize(customerTable(['a'], [1]), summaryConfig()), config())).toBeNull();
    expect(lifecycle(summarize(transactionTable([]), summaryConfig()), config())).toBeNull();
  });

  test('one customer with one order is new', () => {
    const r = lifecycle(summarize(transactionTable([{ customer: 'a', date: '2024-01-31', amount: 5 }]), summaryConfig()), config())!;
    expect(r.stageKeys[r.stage[0]]).toBe('exploration');
    expect(r.mix.months).toEqual(['2024-01-31']);
  });

  test('invalid settings are refused with the values received; input not mutated', () => {
    const before = snapshot(summary);
    expect(() => lifecycle(summary, config({ windowDays: 0 }))).toThrow(/windowDays: 0/);
    expect(() => lifecycle(summary, config({ horizonDays: -1 }))).toThrow(/horizonDays: -1/);
    expect(() => lifecycle(summary, config({ band: 1 }))).toThrow(/band: 1/);
    expect(() => lifecycle(summary, config({ snapshot: '31/03/2024' }))).toThrow(/31\/03\/2024/);
    expect(() => lifecycle(summary, config({ from: 'x' }))).toThrow(/from: x/);
    lifecycle(summary, config());
    expect(snapshot(summary)).toEqual(before);
  });
});
