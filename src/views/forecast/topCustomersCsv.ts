import type { ForecastCustomer } from './topCustomers.ts';

/** The ranking as CSV rows: the header row, then rank, id, P(alive), expected purchases, expected order value and CLV (empty where not defined). */
export function topCustomersCsv(rows: readonly ForecastCustomer[], headers: readonly [string, string, string, string, string, string]): (string | number)[][] {
  const cell = (v: number) => (Number.isFinite(v) ? v : '');
  return [[...headers], ...rows.map((r, k) => [k + 1, r.id, cell(r.pAlive), cell(r.expectedPurchases), cell(r.expectedOrderValue), cell(r.clv)])];
}
