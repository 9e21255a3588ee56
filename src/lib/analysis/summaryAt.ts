import { isoOfDay } from './day.ts';
import { summarize } from './summarize.ts';
import type { Table } from './table.ts';
import type { FullSummary, Summary, SummaryConfig } from './types.ts';

/** The summary as of an earlier date E, and for each of its customers the index of the same customer in the full summary. */
export interface SummaryAt {
  summary: Summary;
  /** summary customer i is full-summary customer index[i]. */
  index: Int32Array;
}

/** Metrics a snapshot can take from the orders alone (no other column of the rows is read). */
const orderMetrics = new Set(['revenue', 'orders', 'monetary', 'recency', 'tenure']);

/** Whether summaryAt() can compute these settings from the orders of the full summary (else it re-reads the rows). */
export function fromOrders(config: SummaryConfig, metrics: string[]): boolean {
  return config.frequency === 'orders' && metrics.every((m) => orderMetrics.has(m));
}

/**
 * The per-customer summary of METHOD §2 with the rows dated up to `day` and `day` as the analysis date,
 * every other setting unchanged (METHOD §10, classification at a date E). Customers are those with an order
 * up to E, in the full summary's order. When the settings and the metrics read allow it, it is computed from
 * the full summary's orders (one pass, no row read; an order counts from its first day); otherwise the rows
 * are summarised again.
 */
export function summaryAt(table: Table, full: FullSummary, config: SummaryConfig, day: number, metrics: string[]): SummaryAt {
  if (!fromOrders(config, metrics)) {
    const again = summarize(table, { ...config, analysisDate: isoOfDay(day) });
    const index = new Int32Array(again.ids.length);
    for (let c = 0; c < again.codeToIndex.length; c++) {
      const i = again.codeToIndex[c];
      if (i >= 0) index[i] = full.codeToIndex[c];
    }
    return { summary: again, index };
  }
  const { offsets, day: orderDay, value } = full.orders;
  const n = full.ids.length;
  let count = 0;
  for (let c = 0; c < n; c++) if (offsets[c + 1] > offsets[c] && orderDay[offsets[c]] <= day) count++;
  const index = new Int32Array(count);
  const ids: string[] = new Array(count);
  const frequency = new Float64Array(count);
  const revenue = new Float64Array(count);
  const monetary = new Float64Array(count);
  const recencyDays = new Float64Array(count);
  const firstDay = new Float64Array(count);
  const lastDay = new Float64Array(count);
  const tenureDays = new Float64Array(count);
  const windowStart = config.windowDays === null ? -Infinity : day - config.windowDays;
  let orders = 0;
  for (let c = 0, i = 0; c < n; c++) {
    const from = offsets[c];
    const to = offsets[c + 1];
    if (to === from || orderDay[from] > day) continue;
    index[i] = c;
    ids[i] = full.ids[c];
    let lastPositive = NaN;
    let last = NaN;
    for (let k = from; k < to && orderDay[k] <= day; k++) {
      const d = orderDay[k];
      const v = value[k];
      last = d;
      if (v > 0) lastPositive = d;
      if (!(d > windowStart)) continue;
      orders++;
      revenue[i] += v;
      if (v > 0) frequency[i]++;
    }
    firstDay[i] = orderDay[from];
    lastDay[i] = last;
    recencyDays[i] = day - lastPositive;
    tenureDays[i] = day - orderDay[from];
    monetary[i] = config.monetary === 'sum' ? revenue[i] : frequency[i] > 0 ? revenue[i] / frequency[i] : 0;
    i++;
  }
  const zeros = new Float64Array(count);
  const summary: Summary = {
    shape: 'transactions',
    ids,
    analysisDay: day,
    windowDays: config.windowDays,
    frequencyMode: config.frequency,
    monetaryMode: config.monetary,
    frequency,
    monetary,
    revenue,
    recencyDays,
    firstDay,
    lastDay,
    tenureDays,
    profit: zeros,
    quantity: zeros,
    payment: zeros,
    metrics: { revenue, orders: frequency, monetary, recency: recencyDays, tenure: tenureDays },
    attributes: {},
    stats: { ...full.stats, customers: count, orders, lastDay: Math.min(full.stats.lastDay, day) }
  };
  return { summary, index };
}
