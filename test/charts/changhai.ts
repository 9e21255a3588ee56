import { abc } from '../../src/lib/analysis/abc.ts';
import { pyramid } from '../../src/lib/analysis/pyramid.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, summaryConfig } from '../analysis/transactionTable.ts';

/** 长海物流 (METHOD §3): 营业收入 in 万元 of customers 1–14, the golden case of the chart tests. */
export const changhaiRevenue = [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20];

/** The classroom summary, its ABC result at 80/95 (textbook rule) and its 4-tier pyramid. */
export function changhai() {
  const summary = summarize(customerTable(changhaiRevenue.map((_, i) => String(i + 1)), changhaiRevenue), summaryConfig());
  return {
    summary,
    abc: abc(summary, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' }),
    pyramid: pyramid(summary, { metric: 'revenue', tiers: [0.01, 0.04, 0.15, 0.8] })
  };
}
