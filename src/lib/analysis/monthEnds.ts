import { monthEnd } from './day.ts';

/**
 * Every month end from the month of `firstDay` up to `lastDay`, and `lastDay` itself
 * when it is not a month end (so the last point is always `lastDay`). Empty when
 * either day is not finite or `lastDay` < `firstDay`.
 */
export function monthEnds(firstDay: number, lastDay: number): number[] {
  if (!Number.isFinite(firstDay) || !Number.isFinite(lastDay) || lastDay < firstDay) return [];
  const out: number[] = [];
  for (let end = monthEnd(firstDay); end < lastDay; end = monthEnd(end + 1)) out.push(end);
  out.push(lastDay);
  return out;
}
