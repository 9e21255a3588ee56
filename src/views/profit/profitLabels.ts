import type { ProfitabilityResult } from '../../lib/analysis/profitability.ts';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Row and column labels of the profitability matrix: product names (the merged last row '' is "All products"
 * without a product column, "Other products (n)" when products were merged, else "Rows without a product") and
 * customer ids (the merged `null` column is "Other customers (n)").
 */
export function profitLabels(result: ProfitabilityResult, ids: readonly string[], translate: Translate): { products: string[]; customers: string[] } {
  const products = result.products.map((p) => {
    if (p !== '') return p;
    if (result.byProduct === false) return translate('profit.allProducts');
    return (result.otherProducts ?? 0) > 0 ? translate('profit.otherProducts', { n: result.otherProducts }) : translate('profit.noProduct');
  });
  const customers = result.customers.map((c) => {
    if (c === null) return translate('profit.otherCustomers', { n: result.otherCustomers ?? 0 });
    if (!(c >= 0 && c < ids.length)) throw new RangeError(`invalid customer index in profitability result: ${c} of ${ids.length}`);
    return ids[c];
  });
  return { products, customers };
}
