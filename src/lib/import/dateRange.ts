import { dayOf, dayOfIso, isoOfDay } from '../analysis/day.ts';
import type { Mapping } from './mapping.ts';

/** The earliest plausible date by default (METHOD-NOTES: dates outside the range are set aside). */
export const earliestDate = '1900-01-01';

/** Today's epoch day in the local calendar (the user's "today"). */
export function todayDay(now: Date = new Date()): number {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The latest plausible day by default: the same calendar day a year after today (29 February → 28 February). */
export function latestDefaultDay(today: number): number {
  const d = new Date(today * 86_400_000);
  const y = d.getUTCFullYear() + 1, m = d.getUTCMonth() + 1;
  const last = dayOf(y, m + 1, 1) - dayOf(y, m, 1);
  return dayOf(y, m, Math.min(d.getUTCDate(), last));
}

/**
 * The plausible dates of an import as epoch days, inclusive: the mapping's `dateFrom`/`dateTo`, else
 * 1900-01-01 and a year after `today`. Throws a RangeError for a range that ends before it starts.
 */
export function dateRangeOf(mapping: Pick<Mapping, 'dateFrom' | 'dateTo'>, today: number): { from: number; to: number } {
  const from = dayOfIso(mapping.dateFrom ?? earliestDate);
  const to = mapping.dateTo === undefined ? latestDefaultDay(today) : dayOfIso(mapping.dateTo);
  if (!(from <= to)) throw new RangeError(`invalid date range: ${mapping.dateFrom ?? earliestDate}..${mapping.dateTo ?? '(a year after today)'}`);
  return { from, to };
}

/** The mapping with its plausible range written in (the defaults for today filled), so a re-read and the stored mapping use the same. */
export function withDateRange<M extends Pick<Mapping, 'dateFrom' | 'dateTo'>>(mapping: M, today: number): M {
  const { from, to } = dateRangeOf(mapping, today);
  return { ...mapping, dateFrom: isoOfDay(from), dateTo: isoOfDay(to) };
}
