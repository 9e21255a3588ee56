/*
 * The R package rfm's sample data (rfm_data_orders, /work/shared/data or ../shared/data) under the
 * "R rfm package" compatibility preset. The expected values are derived in this file from the
 * package's published definitions (rfm_table_order, bins/bins_lower/bins_upper, rfm_segment),
 * re-implemented straightforwardly on the raw CSV rows — not taken from the engine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Analyzer, type AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rRfmPreset } from '../../src/lib/analysis/presets.ts';
import type { RfmResult } from '../../src/lib/analysis/rfm.ts';
import type { Summary } from '../../src/lib/analysis/types.ts';
import { importText } from '../../src/lib/import/importText.ts';
import tables from '../fixtures/rfm-segment-tables.json';

const candidates = ['../shared/data/rfm_data_orders.csv', '/work/shared/data/rfm_data_orders.csv'];
const path = candidates.find((p) => existsSync(p));
if (!path) throw new Error(`rfm_data_orders.csv not found (looked in ${candidates.join(', ')})`);
const text = readFileSync(path, 'utf8');
const analysisDate = '2006-12-31';

// ------------------------------------------------------------------ the package, re-implemented

interface PkgRow {
  id: string;
  recency: number;
  count: number;
  amount: number;
  r: number;
  f: number;
  m: number;
}

/** The raw orders: "customer_id",order_date,revenue (names never contain quotes or commas in this file). */
function rawOrders(): { id: string; date: string; revenue: number }[] {
  const lines = text.trim().split(/\r?\n/);
  expect(lines[0]).toBe('"customer_id","order_date","revenue"');
  return lines.slice(1).map((line) => {
    const m = /^"([^"]*)",(\d{4}-\d{2}-\d{2}),(-?\d+(?:\.\d+)?)$/.exec(line);
    if (!m) throw new Error(`unexpected line: ${line}`);
    return { id: m[1], date: m[2], revenue: Number(m[3]) };
  });
}

/** R's quantile(x, probs, type = 7): x[j] + g·(x[j+1] − x[j]) with 1-based j = floor(1 + (n − 1)p). */
function rQuantile7(x: number[], p: number): number {
  const s = [...x].sort((a, b) => a - b);
  const h = 1 + (s.length - 1) * p;
  const j = Math.floor(h);
  const g = h - j;
  return j >= s.length ? s[s.length - 1] : s[j - 1] + g * (s[j] - s[j - 1]);
}

/** bins(): quantile at seq(0, 1, length.out = k + 1), dropping the first and last, plus 1. */
function pkgBins(x: number[], k: number): number[] {
  const probs = Array.from({ length: k + 1 }, (_, i) => i / k);
  return probs.slice(1, -1).map((p) => rQuantile7(x, p) + 1);
}

/** The package's scoring loop: for i in 1..k, x in [lower[i], upper[i]) gets score[i] (later bins overwrite). */
function pkgScore(x: number[], k: number, scores: number[]): { score: number[]; breaks: number[] } {
  const breaks = pkgBins(x, k);
  const lower = [Math.min(...x), ...breaks];
  const upper = [...breaks, Math.max(...x) + 1];
  const score = x.map(() => NaN);
  for (let i = 0; i < k; i++) x.forEach((v, c) => (v >= lower[i] && v < upper[i] ? (score[c] = scores[i]) : undefined));
  return { score, breaks };
}

/** rfm_table_order() with k bins each, at the analysis date. */
function rfmTableOrder(k: number): { rows: PkgRow[]; breaks: { r: number[]; f: number[]; m: number[] } } {
  const by = new Map<string, { last: string; count: number; amount: number }>();
  for (const o of rawOrders()) {
    const c = by.get(o.id) ?? { last: o.date, count: 0, amount: 0 };
    if (o.date > c.last) c.last = o.date;
    c.count++;
    c.amount += o.revenue;
    by.set(o.id, c);
  }
  const ids = [...by.keys()];
  const recency = ids.map((id) => (Date.parse(analysisDate) - Date.parse(by.get(id)!.last)) / 86_400_000);
  const count = ids.map((id) => by.get(id)!.count);
  const amount = ids.map((id) => by.get(id)!.amount);
  const up = Array.from({ length: k }, (_, i) => i + 1);
  const R = pkgScore(recency, k, [...up].reverse());
  const F = pkgScore(count, k, up);
  const M = pkgScore(amount, k, up);
  return {
    rows: ids.map((id, c) => ({ id, recency: recency[c], count: count[c], amount: amount[c], r: R.score[c], f: F.score[c], m: M.score[c] })),
    breaks: { r: R.breaks, f: F.breaks, m: M.breaks }
  };
}

/** rfm_segment(): for each rule in order, customers in all three inclusive ranges and not yet named get the name; the rest "Others". */
function rfmSegment(rows: PkgRow[], rules: [string, number, number, number, number, number, number][]): Map<string, string> {
  const segment = new Map<string, string>();
  for (const [name, rl, ru, fl, fu, ml, mu] of rules) {
    for (const row of rows) {
      if (segment.has(row.id)) continue;
      if (row.r >= rl && row.r <= ru && row.f >= fl && row.f <= fu && row.m >= ml && row.m <= mu) segment.set(row.id, name);
    }
  }
  for (const row of rows) if (!segment.has(row.id)) segment.set(row.id, 'Others');
  return segment;
}

type SegmentRow = [string, number, number, number, number, number, number];
// METHOD §5's tables with the package's names (segment_names, recency_lower/upper, frequency_…, monetary_…):
// the vignette's as published and the one of the package's tests.
const vignette = tables.vignette as SegmentRow[];
const testsTable = tables.tests as SegmentRow[];
/** The engine's stable keys for the package's segment names. */
const keyOf: Record<string, string> = tables.keys;

const histogramOf = (scores: number[], k: number) => Array.from({ length: k }, (_, s) => scores.filter((v) => v === s + 1).length);

// ------------------------------------------------------------------ the engine

const { table, report } = importText(text);
const analyzer = new Analyzer(table);
function run(patch: (c: AnalysisConfig) => AnalysisConfig = (c) => c): { summary: Summary; rfm: RfmResult } {
  const base = defaultConfig();
  base.summary.analysisDate = analysisDate;
  const config = patch(rRfmPreset(base));
  const { result } = analyzer.run(config);
  expect(result.rfm).not.toBeNull();
  return { summary: result.summary, rfm: result.rfm! };
}

describe('R rfm package data under the "R rfm package" preset', () => {
  test('the file imports whole: 4,906 rows, 995 customers', () => {
    expect(report.rowsRead).toBe(4906);
    expect(report.rowsAccepted).toBe(4906);
    const { summary } = run();
    expect(summary.ids.length).toBe(995);
    expect(summary.frequencyMode).toBe('rows');
  });

  test('the preset: F counts rows, rfm-package breaks, 5 levels, all history, net sum, the vignette table', () => {
    const c = rRfmPreset(defaultConfig());
    expect(c.summary).toMatchObject({ frequency: 'rows', windowDays: null, monetary: 'sum' });
    expect(c.rfm).toMatchObject({ method: 'rfm-package', bins: 5, segments: 'rfm-package-vignette' });
  });

  test('recency days, transaction count and amount per customer equal rfm_table_order()', () => {
    const { summary } = run();
    const pkg = rfmTableOrder(5).rows;
    for (const row of pkg) {
      const i = summary.ids.indexOf(row.id);
      expect(i, row.id).toBeGreaterThanOrEqual(0);
      expect([summary.recencyDays[i], summary.frequency[i], summary.monetary[i]], row.id).toEqual([row.recency, row.count, row.amount]);
    }
  });

  test.each([5, 4, 3] as const)('k = %i: every customer’s R, F and M score, the breaks and the score distributions', (k) => {
    const { summary, rfm } = run((c) => ({ ...c, rfm: { ...c.rfm, bins: k } }));
    const pkg = rfmTableOrder(k);
    const byId = new Map(pkg.rows.map((row) => [row.id, row]));
    summary.ids.forEach((id, i) => {
      const row = byId.get(id)!;
      expect([rfm.r[i], rfm.f[i], rfm.m[i]], id).toEqual([row.r, row.f, row.m]);
    });
    for (const d of ['r', 'f', 'm'] as const) {
      for (let s = 0; s < k - 1; s++) expect(rfm.thresholds.cuts[d][s]).toBeCloseTo(pkg.breaks[d][s], 9);
      const engine = histogramOf(Array.from(rfm[d]), k);
      const expected = histogramOf(pkg.rows.map((row) => row[d]), k);
      expect(engine, `${d} distribution, k = ${k}`).toEqual(expected);
      expect(rfm.emptyLevels[d]).toEqual(expected.flatMap((n, s) => (n === 0 ? [s + 1] : [])));
    }
  });

  test.each([
    ['rfm-package-vignette', vignette],
    ['rfm-package-tests', testsTable]
  ] as const)('segment counts with the %s table equal rfm_segment() on the package scores', (scheme, rules) => {
    const { summary, rfm } = run((c) => ({ ...c, rfm: { ...c.rfm, segments: scheme } }));
    const pkg = rfmTableOrder(5).rows;
    const expected = rfmSegment(pkg, [...rules]);
    const counts = new Map<string, number>();
    for (const name of expected.values()) counts.set(keyOf[name], (counts.get(keyOf[name]) ?? 0) + 1);
    for (const seg of rfm.segments) expect(seg.customers, seg.name).toBe(counts.get(seg.name) ?? 0);
    expect(rfm.segments.reduce((n, s) => n + s.customers, 0)).toBe(995);
    summary.ids.forEach((id, i) => expect(rfm.segments[rfm.segment[i]].name, id).toBe(keyOf[expected.get(id)!]));
  });

  test('segment summary: orders (= transaction_count), revenue and aov as rfm_segment_summary()', () => {
    const { rfm } = run();
    const pkg = rfmTableOrder(5).rows;
    const expected = rfmSegment(pkg, [...vignette]);
    for (const seg of rfm.segments) {
      const members = pkg.filter((row) => keyOf[expected.get(row.id)!] === seg.name);
      const orders = members.reduce((n, row) => n + row.count, 0);
      const revenue = members.reduce((n, row) => n + row.amount, 0);
      expect([seg.orders, seg.revenue], seg.name).toEqual([orders, revenue]);
      expect(seg.aov).toBeCloseTo(orders ? revenue / orders : 0, 9);
    }
  });

  test("the breaks round to the custom thresholds of the package's own rfm_table_order example", () => {
    // R/rfm-table-transaction.R: recency_bins = c(115, 181, 297, 482), frequency_bins = c(4, 5, 6, 8),
    // monetary_bins = c(256, 382, 506, 666) — the default breaks of this data, rounded.
    const { cuts } = run().rfm.thresholds;
    expect(cuts.r.map(Math.round)).toEqual([115, 181, 297, 482]);
    expect(cuts.f.map(Math.round)).toEqual([4, 5, 6, 8]);
    expect(cuts.m.map(Math.round)).toEqual([256, 382, 506, 666]);
  });

  test('the tests table has shadowed rules; the vignette table has none at k = 5', () => {
    expect(run((c) => ({ ...c, rfm: { ...c.rfm, segments: 'rfm-package-tests' } })).rfm.shadowed.length).toBeGreaterThan(0);
    expect(run().rfm.shadowed).toEqual([]);
  });
});
