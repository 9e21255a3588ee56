import { compareIds } from './compareIds.ts';
import type { Table } from './table.ts';
import type { FullSummary } from './types.ts';

export interface ProfitabilityConfig {
  /** Customers shown as columns; the rest merged into one "others" column. */
  topCustomers: number;
  topProducts: number;
}

export interface ProfitabilityResult {
  available: boolean;
  /** Column labels: customer ids (top N) plus possibly an "others" column (id null). */
  customers: (number | null)[];
  products: string[];
  /** cells[p][c] = profit. */
  cells: number[][];
  /** Per customer (all customers): 0 profitable, 1 mixed, 2 loss-making, 255 no profit data. */
  group: Uint8Array;
  groups: { group: 'profitable' | 'mixed' | 'loss'; customers: number; profit: number; revenue: number }[];
  /** False when the table has no product column: the single row (label '') is all products. */
  byProduct?: boolean;
  /** Products merged into the last row (label ''), which also holds rows without a product. */
  otherProducts?: number;
  /** Customers merged into the `null` column. */
  otherCustomers?: number;
}

export const profitGroups = ['profitable', 'mixed', 'loss'] as const;
/** `group` code of a customer without any row with profit data. */
export const noProfitData = 255;

/**
 * Customer × product profitability (METHOD §7). Row profit = the profit column, or amount − cost;
 * rows up to the analysis date and inside the summary window, with a customer. Products are rows
 * (the top N by |total profit|, ties by label; the other products and rows without a product merged
 * into a last row labelled '', `otherProducts` = how many products it holds), customers are columns
 * (the top N by the summary's revenue among customers with profit data, ties by id; the rest merged
 * into one `null` column, `otherCustomers` = how many). Each customer with
 * profit data is profitable (every product's profit ≥ 0 and total > 0), mixed (some product < 0,
 * total > 0) or loss-making (total ≤ 0). Without a product column there is one row labelled ''
 * (`byProduct` false). `available` is false when the table has neither profit nor cost.
 */
export function profitability(table: Table, summary: FullSummary, config: ProfitabilityConfig): ProfitabilityResult {
  const topC = config.topCustomers;
  const topP = config.topProducts;
  if (!(Number.isInteger(topC) && topC >= 1)) throw new RangeError(`invalid topCustomers: ${topC} (expected a whole number ≥ 1)`);
  if (!(Number.isInteger(topP) && topP >= 1)) throw new RangeError(`invalid topProducts: ${topP} (expected a whole number ≥ 1)`);
  const n = summary.ids.length;
  const group = new Uint8Array(n).fill(noProfitData);
  const profitCol = table.profit;
  const cost = table.cost;
  const amount = table.amount;
  if (!profitCol && !(cost && amount)) {
    return { available: false, customers: [], products: [], cells: [], group, groups: [], byProduct: false, otherProducts: 0, otherCustomers: 0 };
  }

  const product = table.product;
  const byProduct = !!product;
  const P = product ? product.labels.length + 1 : 1; // last code: rows without a product
  const date = table.date;
  const D = summary.analysisDay;
  const start = summary.windowDays === null || !Number.isFinite(D) ? -Infinity : D - summary.windowDays;
  const useDates = table.shape === 'transactions' && !!date && Number.isFinite(D);

  // Profit per (customer, product) pair; pairs numbered in the order they are first met, which is
  // also the order they are added up in below.
  const dense = n * P <= maxDensePairs ? new Int32Array(n * P).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  let pairCount = 0;
  let pairKey: Float64Array = new Float64Array(1024);
  let pairSum: Float64Array = new Float64Array(1024);
  const productTotal = new Float64Array(P);
  const productSeen = new Uint8Array(P);
  const hasData = new Uint8Array(n);
  const customerCodes = table.customer.codes;
  const codeToIndex = summary.codeToIndex;
  const productCodes = product ? product.codes : null;
  for (let i = 0; i < table.length; i++) {
    const code = customerCodes[i];
    if (code < 0) continue;
    const c = codeToIndex[code];
    if (c < 0) continue;
    if (useDates) {
      const d = date![i];
      if (!(d <= D && d > start)) continue;
    }
    const v = profitCol ? profitCol[i] : amount![i] - cost![i];
    if (v !== v) continue;
    const p = productCodes && productCodes[i] >= 0 ? productCodes[i] : P - 1;
    const key = c * P + p;
    let k = dense ? dense[key] : (sparse!.get(key) ?? -1);
    if (k < 0) {
      if (pairCount === pairKey.length) {
        pairKey = grow(pairKey);
        pairSum = grow(pairSum);
      }
      k = pairCount++;
      if (dense) dense[key] = k;
      else sparse!.set(key, k);
      pairKey[k] = key;
    }
    pairSum[k] += v;
    productTotal[p] += v;
    productSeen[p] = 1;
    hasData[c] = 1;
  }

  // Classify customers from their per-product profits.
  const total = new Float64Array(n);
  const anyNegative = new Uint8Array(n);
  for (let k = 0; k < pairCount; k++) {
    const c = Math.floor(pairKey[k] / P);
    const v = pairSum[k];
    total[c] += v;
    if (v < 0) anyNegative[c] = 1;
  }
  const groups = profitGroups.map((g) => ({ group: g, customers: 0, profit: 0, revenue: 0 }));
  for (let c = 0; c < n; c++) {
    if (!hasData[c]) continue;
    const g = total[c] > 0 ? (anyNegative[c] ? 1 : 0) : 2;
    group[c] = g;
    groups[g].customers++;
    groups[g].profit += total[c];
    groups[g].revenue += summary.revenue[c];
  }

  // Rows: products with data by |total profit|; rows without a product always go to the last ('') row.
  const usedProducts: number[] = [];
  for (let p = 0; p < P - 1; p++) if (productSeen[p]) usedProducts.push(p);
  const magnitude = (p: number) => Math.abs(productTotal[p]);
  usedProducts.sort((x, y) => magnitude(y) - magnitude(x) || compareIds(product!.labels[x], product!.labels[y]));
  const shownProducts = usedProducts.slice(0, topP);
  const otherProducts = usedProducts.length - shownProducts.length;
  const rowOf = new Int32Array(P).fill(shownProducts.length); // the merged row by default
  shownProducts.forEach((p, r) => (rowOf[p] = r));
  const mergedRow = otherProducts > 0 || productSeen[P - 1] === 1;

  // Columns: customers with data, by revenue.
  const withData: number[] = [];
  for (let c = 0; c < n; c++) if (hasData[c]) withData.push(c);
  withData.sort((x, y) => summary.revenue[y] - summary.revenue[x] || x - y);
  const shownCustomers = withData.slice(0, topC);
  const otherCustomers = withData.length - shownCustomers.length;
  const columnOf = new Int32Array(n).fill(shownCustomers.length);
  shownCustomers.forEach((c, k) => (columnOf[c] = k));

  const rows = shownProducts.length + (mergedRow ? 1 : 0);
  const columns = shownCustomers.length + (otherCustomers > 0 ? 1 : 0);
  const cells = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let k = 0; k < pairCount; k++) {
    const key = pairKey[k];
    const c = Math.floor(key / P);
    cells[rowOf[key - c * P]][columnOf[c]] += pairSum[k];
  }

  return {
    available: true,
    customers: otherCustomers > 0 ? [...shownCustomers, null] : shownCustomers,
    products: [...shownProducts.map((p) => product!.labels[p]), ...(mergedRow ? [''] : [])],
    cells,
    group,
    groups,
    byProduct,
    otherProducts,
    otherCustomers
  };
}

/** (customer, product) pairs up to this many are numbered through one array; beyond, through a Map. */
const maxDensePairs = 1 << 22;

function grow(array: Float64Array): Float64Array {
  const out = new Float64Array(array.length * 2);
  out.set(array);
  return out;
}
