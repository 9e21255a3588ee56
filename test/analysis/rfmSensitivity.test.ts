import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rfm } from '../../src/lib/analysis/rfm.ts';
import { rfmSensitivity } from '../../src/lib/analysis/rfmSensitivity.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

// Ten customers: eight buy once (F = 1 ties), two buy twice; recency and value spread.
const rows: Row[] = [];
for (let i = 0; i < 10; i++) {
  const date = `2024-03-${String(1 + i * 3).padStart(2, '0')}`;
  rows.push({ customer: `c${i}`, date, amount: 10 * (i + 1) });
  if (i >= 8) rows.push({ customer: `c${i}`, date: '2024-01-05', amount: 5 });
}
const summary = summarize(transactionTable(rows), summaryConfig());

describe('rfmSensitivity(summary, config) (METHOD §10 with §5)', () => {
  const config = defaultConfig().rfm;
  const before = snapshot(summary);
  const r = rfmSensitivity(summary, config);

  test('levels that ties leave empty are named per method and k (F = 1 for 8 of 10 customers)', () => {
    expect(r.customers).toBe(10);
    expect(r.methods.map((m) => [m.method, m.bins, m.available])).toEqual([['rank', 5, true], ['rfm-package', 5, true], ['thresholds', 5, true], ['mean', 5, true]]);
    expect(r.methods[0].emptyLevels.f).toEqual([2, 3, 4]);
    expect(r.methods[3].emptyLevels).toEqual({ r: [2, 3, 4], f: [2, 3, 4], m: [2, 3, 4] });
    expect(r.bins.map((b) => b.emptyLevels.f)).toEqual([[2], [2, 3], [2, 3, 4]]);
    expect(summary).toEqual(before);
  });

  test('the change matrices: zero diagonal, symmetric, each count = customers whose segment differs by rfm()', () => {
    const segmentOf = (method: (typeof r.methods)[number]['method'], bins: 3 | 4 | 5) => rfm(summary, { ...config, method, bins }).segment;
    for (const [variants, matrix] of [[r.methods, r.methodChanges], [r.bins, r.binChanges]] as const) {
      variants.forEach((a, i) =>
        variants.forEach((b, j) => {
          const x = segmentOf(a.method, a.bins);
          const y = segmentOf(b.method, b.bins);
          expect(matrix[i][j]).toBe(x.filter((s, k) => s !== y[k]).length);
          expect(matrix[i][j]).toBe(matrix[j][i]);
        })
      );
    }
    expect(r.methodChanges.some((row) => row.some((x) => (x ?? 0) > 0))).toBe(true);
  });

  test('thresholds compare only at the k their cut points give', () => {
    const t = rfmSensitivity(summary, { ...config, method: 'thresholds' });
    expect(t.bins.map((b) => b.available)).toEqual([false, false, true]);
    expect(t.binChanges[0]).toEqual([null, null, null]);
    expect(t.binChanges[2][2]).toBe(0);
  });
});
