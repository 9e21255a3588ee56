import { describe, expect, test } from 'vitest';
import { aliveMatrix } from '../../src/lib/analysis/aliveMatrix.ts';
import { pAlive } from '../../src/lib/analysis/bgnbd.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { valueForecast } from '../../src/lib/analysis/valueForecast.ts';
import { cdnow } from './cdnow.ts';

// The CDNOW maximum-likelihood estimates (FHL 2005).
const params = { r: 0.242595, alpha: 4.413602, a: 0.792922, b: 2.425907 };
const input = (rows: [x: number, tx: number, T: number][], included = rows.map(() => 1)) => ({
  params,
  included: Uint8Array.from(included),
  x: Float64Array.from(rows, (r) => r[0]),
  tx: Float64Array.from(rows, (r) => r[1]),
  T: Float64Array.from(rows, (r) => r[2])
});

describe('aliveMatrix', () => {
  test('small frequencies get a row each; recency columns span 0 … the oldest age', () => {
    const m = aliveMatrix(input([[0, 0, 10], [1, 3, 8], [3, 9.5, 10]]));
    expect(m.T).toBe(10);
    expect(m.rows).toEqual([0, 1, 2, 3].map((x) => ({ from: x, to: x })));
    expect(m.cols).toHaveLength(10);
    expect(m.cols[0]).toEqual({ from: 0, to: 1 });
    expect(m.cols[9]).toEqual({ from: 9, to: 10 });
    expect(m.customers[0][0]).toBe(1);
    expect(m.customers[1][3]).toBe(1);
    expect(m.customers[3][9]).toBe(1);
    expect(m.customers.flat().reduce((s, v) => s + v, 0)).toBe(3);
    expect(Array.from(m.cellOf)).toEqual([0, 13, 39]);
  });

  test('x = 0: P(alive) 1 at recency 0 and no cell elsewhere; other cells are the BG/NBD P(alive) at the middle and T', () => {
    const m = aliveMatrix(input([[0, 0, 10], [3, 9.5, 10]]));
    expect(m.pAlive[0][0]).toBe(1);
    expect(m.pAlive[0].slice(1).every(Number.isNaN)).toBe(true);
    expect(m.pAlive[2][4]).toBeCloseTo(pAlive(params, 2, 4.5, 10), 12);
    // more recent purchases mean more likely alive; at the same recency, more purchases mean less likely
    expect(m.pAlive[3][9]).toBeGreaterThan(m.pAlive[3][0]);
    expect(m.pAlive[3][1]).toBeLessThan(m.pAlive[1][1]);
  });

  test('tₓ = T lands in the last column; a customer outside the base has no cell', () => {
    const m = aliveMatrix(input([[2, 10, 10], [5, 1, 4]], [1, 0]));
    expect(m.cellOf[0]).toBe(2 * m.cols.length + m.cols.length - 1);
    expect(m.cellOf[1]).toBe(-1);
    expect(m.rows).toHaveLength(3);
  });

  test('large frequencies are grouped into whole-number ranges, x = 0 alone', () => {
    const m = aliveMatrix(input([[0, 0, 52], [45, 50, 52], [16, 20, 40]]), 16, 20);
    expect(m.rows[0]).toEqual({ from: 0, to: 0 });
    expect(m.rows[1]).toEqual({ from: 1, to: 3 });
    expect(m.rows.at(-1)!.to).toBe(45);
    expect(m.rows.length).toBeLessThanOrEqual(16);
    for (let r = 1; r < m.rows.length; r++) expect(m.rows[r].from).toBe(m.rows[r - 1].to + 1);
    expect(m.cellOf[2]).toBe(6 * 20 + 7); // x = 16 in 16–18, tₓ = 20 in [18.2, 20.8)
    expect(m.pAlive[6][7]).toBeCloseTo(pAlive(params, 17, 19.5, 52), 12);
  });

  test('CDNOW: every customer of the base in exactly one cell', () => {
    const { table } = cdnow();
    const summary = summarize(table, defaultConfig().summary);
    const fc = valueForecast(table, summary, { ...defaultConfig().forecast, enabled: true, calibrationEnd: '1997-09-30' });
    const m = aliveMatrix({ params: fc.bgnbd!.params, included: fc.included, x: fc.x, tx: fc.tx, T: fc.T });
    expect(m.customers.flat().reduce((s, v) => s + v, 0)).toBe(2357);
    expect(m.T).toBeCloseTo(38.86, 1);
    const finite = m.pAlive.flat().filter(Number.isFinite);
    expect(finite.every((p) => p > 0 && p <= 1)).toBe(true);
  });

  test('refuses a matrix with fewer than two rows', () => {
    expect(() => aliveMatrix(input([[1, 1, 2]]), 1)).toThrow(RangeError);
  });
});
