import type { SegmentSummary } from '../../lib/analysis/rfm.ts';

/** Segment summaries as rows (header first): name, customers, share, orders, revenue, share, AOV, median R/F/M, action. */
export function segmentRows(
  segments: readonly SegmentSummary[],
  nameOf: (name: string) => string,
  actionOf: (segment: SegmentSummary) => string,
  translate: (key: string) => string
): (string | number)[][] {
  const header = ['segment', 'customers', 'customerShare', 'orders', 'revenue', 'revenueShare', 'aov', 'medianR', 'medianF', 'medianM', 'action'].map((k) =>
    translate(`rfm.seg.${k}`)
  );
  return [
    header,
    ...segments.map((s) => [
      nameOf(s.name),
      s.customers,
      round(s.customerShare, 6),
      s.orders,
      round(s.revenue, 2),
      round(s.revenueShare, 6),
      round(s.aov, 2),
      round(s.medianR, 2),
      round(s.medianF, 2),
      round(s.medianM, 2),
      actionOf(s)
    ])
  ];
}

function round(v: number, digits: number): number {
  if (!Number.isFinite(v)) return NaN;
  const p = 10 ** digits;
  return Math.round(v * p) / p;
}
