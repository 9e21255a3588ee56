import type { Summary } from './types.ts';

/**
 * A per-customer total over the summary's period scaled to one year: x × 365 / span, where span is
 * the days the customer was observable — from the later of its first order and the window start to
 * the analysis date — but never less than one year, or than the whole observed period when the data
 * cover less than a year (so new customers are not extrapolated). Customer tables (no dates): the
 * values as they are. Returns a new array.
 */
export function yearly(summary: Summary, values: Float64Array): Float64Array {
  const out = Float64Array.from(values);
  const D = summary.analysisDay;
  if (summary.shape === 'customers' || !Number.isFinite(D)) return out;
  const windowFirst = summary.windowDays === null ? -Infinity : D - summary.windowDays + 1;
  const dataFirst = Number.isFinite(summary.stats.firstDay) ? summary.stats.firstDay : -Infinity;
  const floor = Math.min(365, D - Math.max(dataFirst, windowFirst) + 1);
  for (let i = 0; i < out.length; i++) {
    const first = summary.firstDay[i];
    const observed = D - Math.max(first === first ? first : D, windowFirst) + 1;
    out[i] = (values[i] * 365) / Math.max(observed, floor);
  }
  return out;
}
