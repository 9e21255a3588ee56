import type { ValueForecastResult } from '../../lib/analysis/valueForecast.ts';

/** One customer of the forecast's ranking. */
export interface ForecastCustomer {
  index: number;
  id: string;
  pAlive: number;
  expectedPurchases: number;
  expectedOrderValue: number;
  clv: number;
}

type Columns = Pick<ValueForecastResult, 'included' | 'pAlive' | 'expectedPurchases' | 'expectedOrderValue' | 'clv'>;

/**
 * The customers of the forecast base ranked by CLV (by expected purchases where no CLV, e.g. without a
 * spend model), largest first, ties by id; at most `limit` of them. NaN sorts last.
 */
export function topCustomers(fc: Columns, ids: readonly string[], limit = Infinity): ForecastCustomer[] {
  if (!(limit >= 0)) throw new RangeError(`invalid limit: ${limit}`);
  const rows: ForecastCustomer[] = [];
  for (let i = 0; i < fc.included.length; i++) {
    if (!fc.included[i]) continue;
    rows.push({ index: i, id: ids[i], pAlive: fc.pAlive[i], expectedPurchases: fc.expectedPurchases[i], expectedOrderValue: fc.expectedOrderValue[i], clv: fc.clv[i] });
  }
  const key = (r: ForecastCustomer) => (Number.isFinite(r.clv) ? r.clv : Number.isFinite(r.expectedPurchases) ? r.expectedPurchases : -Infinity);
  const tier = (r: ForecastCustomer) => (Number.isFinite(r.clv) ? 2 : Number.isFinite(r.expectedPurchases) ? 1 : 0);
  rows.sort((p, q) => tier(q) - tier(p) || key(q) - key(p) || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  return rows.slice(0, limit);
}
