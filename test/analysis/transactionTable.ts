import { dayOfIso } from '../../src/lib/analysis/day.ts';
import type { Category, Table } from '../../src/lib/analysis/table.ts';
import type { SummaryConfig } from '../../src/lib/analysis/types.ts';

/** One transaction row for transactionTable(): customer id (null = missing), ISO date, amount, and optional columns. */
export interface Row {
  customer: string | null;
  date: string;
  amount: number;
  product?: string | null;
  cost?: number;
  profit?: number;
  quantity?: number;
  payment?: number;
  region?: string | null;
  order?: string | null;
  /** Other categorical columns by header. */
  attrs?: Record<string, string | null>;
}

export function category(values: (string | null | undefined)[]): Category {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null || v === undefined) return -1;
    let c = index.get(v);
    if (c === undefined) {
      c = labels.length;
      labels.push(v);
      index.set(v, c);
    }
    return c;
  });
  return { codes, labels };
}

/** A transactions Table built by hand from rows (columns present only when some row has them). */
export function transactionTable(rows: Row[]): Table {
  const has = (key: keyof Row) => rows.some((r) => r[key] !== undefined);
  const table: Table = {
    shape: 'transactions',
    length: rows.length,
    customer: category(rows.map((r) => r.customer)),
    date: Int32Array.from(rows, (r) => {
      const d = dayOfIso(r.date);
      if (Number.isNaN(d)) throw new RangeError(`bad fixture date: ${r.date}`);
      return d;
    }),
    amount: Float64Array.from(rows, (r) => r.amount),
    numbers: {},
    categories: {}
  };
  if (has('product')) table.product = category(rows.map((r) => r.product));
  if (has('region')) table.region = category(rows.map((r) => r.region));
  if (has('order')) table.order = category(rows.map((r) => r.order));
  if (has('cost')) table.cost = Float64Array.from(rows, (r) => r.cost ?? NaN);
  if (has('profit')) table.profit = Float64Array.from(rows, (r) => r.profit ?? NaN);
  if (has('quantity')) table.quantity = Float64Array.from(rows, (r) => r.quantity ?? NaN);
  if (has('payment')) table.payment = Float64Array.from(rows, (r) => r.payment ?? NaN);
  const attrNames = new Set(rows.flatMap((r) => Object.keys(r.attrs ?? {})));
  for (const name of attrNames) table.categories[name] = category(rows.map((r) => r.attrs?.[name]));
  return table;
}

/** A customers Table: one row per id, `amount` (revenue) and other numeric columns by header, categorical columns by header. */
export function customerTable(
  ids: (string | null)[],
  amount: number[] | null,
  numbers: Record<string, number[]> = {},
  categories: Record<string, (string | null)[]> = {},
  extra: Partial<Pick<Table, 'profit' | 'cost' | 'region' | 'payment' | 'quantity'>> = {}
): Table {
  return {
    shape: 'customers',
    length: ids.length,
    customer: category(ids),
    ...(amount ? { amount: Float64Array.from(amount) } : {}),
    numbers: Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, Float64Array.from(v)])),
    categories: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, category(v)])),
    ...extra
  };
}

/** Summary settings at their METHOD defaults, with overrides. */
export function summaryConfig(patch: Partial<SummaryConfig> = {}): SummaryConfig {
  return { analysisDate: null, windowDays: null, frequency: 'orders', monetary: 'sum', ...patch };
}

/** Epoch day of an ISO date (throws on a bad fixture date). */
export function day(iso: string): number {
  const d = dayOfIso(iso);
  if (Number.isNaN(d)) throw new RangeError(`bad fixture date: ${iso}`);
  return d;
}

/** A deep copy of a table's arrays, to check that a function did not mutate its input. */
export function snapshot(value: unknown): unknown {
  return structuredClone(value);
}
