import type { ProfitabilityResult } from '../../lib/analysis/profitability.ts';

/**
 * The cells of the products and customers shown individually (without the merged "other products" row and
 * "other customers" column), which set the colour range so one large merged cell does not wash out the rest.
 * All cells when nothing individual is left.
 */
export function profitCore(result: Pick<ProfitabilityResult, 'cells' | 'products' | 'customers' | 'byProduct'>): number[][] {
  const rows = result.cells.filter((_, i) => result.products[i] !== '' || result.byProduct === false);
  const keep = result.customers.map((c) => c !== null);
  const core = rows.map((row) => row.filter((_, j) => keep[j])).filter((row) => row.length > 0);
  return core.length ? core : result.cells.map((row) => [...row]);
}
