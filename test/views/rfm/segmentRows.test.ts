import { describe, expect, test } from 'vitest';
import { segmentRows } from '../../../src/views/rfm/segmentRows.ts';
import type { SegmentSummary } from '../../../src/lib/analysis/rfm.ts';

const seg = (name: string, over: Partial<SegmentSummary> = {}): SegmentSummary => ({
  name,
  customers: 2,
  customerShare: 1 / 3,
  orders: 5,
  revenue: 1234.567,
  revenueShare: 0.123456789,
  aov: 246.9134,
  medianR: 12.25,
  medianF: 2.5,
  medianM: 617.2835,
  action: `segment.${name}.action`,
  ...over
});

describe('segmentRows(segments, nameOf, actionOf, translate)', () => {
  test('header then one row per segment, names and actions as given, numbers rounded', () => {
    const rows = segmentRows([seg('champions')], (n) => n.toUpperCase(), (s) => `do ${s.name}`, (k) => k);
    expect(rows[0]).toEqual(['rfm.seg.segment', 'rfm.seg.customers', 'rfm.seg.csv.customerShare', 'rfm.seg.orders', 'rfm.seg.revenue', 'rfm.seg.csv.revenueShare', 'rfm.seg.aov', 'rfm.seg.medianR', 'rfm.seg.medianF', 'rfm.seg.medianM', 'rfm.seg.action']);
    expect(rows[1]).toEqual(['CHAMPIONS', 2, 33.33, 5, 1234.57, 12.35, 246.91, 12.25, 2.5, 617.28, 'do champions']);
  });

  test('an empty segment keeps NaN medians as NaN (blank in CSV)', () => {
    const rows = segmentRows([seg('others', { customers: 0, medianR: NaN, medianF: NaN, medianM: NaN, aov: NaN })], (n) => n, () => '', (k) => k);
    expect(rows[1].slice(7, 10)).toEqual([NaN, NaN, NaN]);
  });

  test('no segments: just the header', () => {
    expect(segmentRows([], (n) => n, () => '', (k) => k)).toHaveLength(1);
  });
});
