import type { SegmentSummary } from '../../lib/analysis/rfm.ts';
import { percentOf, roundTo as round } from '../../lib/export/csvNumber.ts';

/** Segment summaries as rows (header first): name, customers, share, orders, revenue, share, AOV, median R/F/M, action. */
export function segmentRows(
  segments: readonly SegmentSummary[],
  nameOf: (name: string) => string,
  actionOf: (segment: SegmentSummary) => string,
  translate: (key: string) => string
): (string | number)[][] {
  // shares as percentages under headers that say so (the CSV convention of every export)
  const header = ['segment', 'customers', 'csv.customerShare', 'orders', 'revenue', 'csv.revenueShare', 'aov', 'medianR', 'medianF', 'medianM', 'action'].map((k) =>
    translate(`rfm.seg.${k}`)
  );
  return [
    header,
    ...segments.map((s) => [
      nameOf(s.name),
      s.customers,
      percentOf(s.customerShare),
      s.orders,
      round(s.revenue, 2),
      percentOf(s.revenueShare),
      round(s.aov, 2),
      round(s.medianR, 2),
      round(s.medianF, 2),
      round(s.medianM, 2),
      actionOf(s)
    ])
  ];
}

