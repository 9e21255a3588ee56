import type { ProfitabilityResult } from '../../lib/analysis/profitability.ts';
import { percentOf, roundTo as round } from '../../lib/export/csvNumber.ts';

export interface ProfitGroupRow {
  /** Group code as in ProfitabilityResult.group (0 profitable, 1 mixed, 2 loss). */
  code: number;
  group: 'profitable' | 'mixed' | 'loss';
  customers: number;
  /** Share of the customers with profit data. */
  customerShare: number;
  profit: number;
  revenue: number;
  /** Profit ÷ revenue; NaN when revenue is not positive. */
  margin: number;
}

/** The profitable / mixed / loss-making groups with shares and margins, and the customers without profit data. */
export function profitGroupRows(groups: ProfitabilityResult['groups'], customers: number): { rows: ProfitGroupRow[]; withoutData: number } {
  const withData = groups.reduce((n, g) => n + g.customers, 0);
  if (withData > customers) throw new RangeError(`invalid groups: ${withData} customers in groups, ${customers} in all`);
  const rows = groups.map((g, code) => ({
    code,
    group: g.group,
    customers: g.customers,
    customerShare: withData > 0 ? g.customers / withData : NaN,
    profit: g.profit,
    revenue: g.revenue,
    margin: g.revenue > 0 ? g.profit / g.revenue : NaN
  }));
  return { rows, withoutData: customers - withData };
}

/** The group table as CSV rows (header first): group name, customers, share, profit, revenue, margin. */
export function profitGroupCsv(rows: readonly ProfitGroupRow[], translate: (key: string) => string): (string | number)[][] {
  const header = ['group', 'customers', 'csv.customerShare', 'profit', 'revenue', 'csv.margin'].map((k) => translate(`profit.groups.${k}`));
  return [header, ...rows.map((r) => [translate(`profit.group.${r.group}`), r.customers, percentOf(r.customerShare), round(r.profit, 2), round(r.revenue, 2), percentOf(r.margin)])];
}
