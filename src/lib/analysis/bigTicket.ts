import { abcClasses, type AbcResult } from './abc.ts';
import type { FullSummary } from './types.ts';

export interface BigTicketConfig {
  /** Classes considered top (default ['A']). */
  classes: string[];
  windowDays: number;
}

export interface BigTicketResult {
  /** Customer indices flagged as one-off big-ticket customers. */
  customers: number[];
  /** Top-class customers with a single order less than W days before the analysis date: cannot be judged yet. */
  pending?: number[];
}

/**
 * One-off big-ticket customers (伪大客户, METHOD §7): customers of the top classes (config.classes)
 * whose value comes from a single order — exactly one order with positive value up to the analysis
 * date D — and who have not bought again within W days of it: the order is at least W days before D.
 * Customers whose single order is less than W days old cannot be judged yet; they are listed in
 * `pending`. Both lists are in ABC rank order. Null when there are no dated orders.
 */
export function bigTicket(summary: FullSummary, abc: AbcResult, config: BigTicketConfig): BigTicketResult | null {
  const W = config.windowDays;
  if (!(W >= 0 && Number.isFinite(W))) throw new RangeError(`invalid big-ticket windowDays: ${W} (expected a number of days ≥ 0)`);
  const wanted = new Set<number>();
  for (const name of config.classes) {
    const c = (abcClasses as readonly string[]).indexOf(name);
    if (c < 0) throw new RangeError(`invalid big-ticket class: ${name} (expected one of ${abcClasses.join(', ')})`);
    wanted.add(c);
  }
  const { offsets, day, value } = summary.orders;
  const D = summary.analysisDay;
  if (day.length === 0 || !Number.isFinite(D)) return null;
  const customers: number[] = [];
  const pending: number[] = [];
  for (let c = 0; c < summary.ids.length; c++) {
    if (!wanted.has(abc.cls[c])) continue;
    let positive = 0;
    let only = -1;
    for (let k = offsets[c]; k < offsets[c + 1] && positive < 2; k++) {
      if (value[k] > 0) {
        positive++;
        only = k;
      }
    }
    if (positive !== 1) continue;
    if (D - day[only] >= W) customers.push(c);
    else pending.push(c);
  }
  const byRank = (x: number, y: number) => abc.rank[x] - abc.rank[y];
  return { customers: customers.sort(byRank), pending: pending.sort(byRank) };
}
