import type { Summary } from './types.ts';

/**
 * Metrics whose input can be absent from a dataset; each has the engine notes
 * `engine.unavailable.<metric>`, `engine.valueScore.without.<metric>` and the hint `engine.needs.<metric>`.
 */
export const optionalMetrics = ['profit', 'payment', 'quantity', 'orders', 'recency', 'tenure'] as const;
export type OptionalMetric = (typeof optionalMetrics)[number];

/**
 * Whether the summary has `metric` from real input, not as a column of zeros or NaN: profit needs a
 * profit column or amount and cost, payment and quantity their columns; orders and recency of a customer
 * table need an order-count or recency column, tenure needs dates. Unknown names are not available.
 */
export function isAvailable(summary: Summary, metric: string): boolean {
  if (!Object.hasOwn(summary.metrics, metric)) return false;
  const { stats } = summary;
  switch (metric) {
    case 'profit':
      return stats.profitSource !== null;
    case 'payment':
      return stats.hasPayment;
    case 'quantity':
      return stats.hasQuantity;
    case 'orders':
    case 'recency':
    case 'tenure':
      return summary.shape === 'transactions' || summary.metrics[metric].some((v) => v === v);
    default:
      return true;
  }
}

/** The metrics the dataset offers, in the summary's order. */
export function availableMetrics(summary: Summary): string[] {
  return Object.keys(summary.metrics).filter((m) => isAvailable(summary, m));
}

/** The engine's metrics this dataset lacks (their columns were not mapped), in `optionalMetrics` order. */
export function absentMetrics(summary: Summary): OptionalMetric[] {
  return optionalMetrics.filter((m) => !isAvailable(summary, m));
}
