/**
 * One code per row: int32, or narrower when every code fits (the command line keeps columns of few labels, such as
 * regions or channels, in one byte a row).
 */
export type Codes = Int32Array | Int16Array | Int8Array;

/** A categorical column: one code per row into `labels`; -1 means missing. */
export interface Category {
  codes: Codes;
  labels: string[];
}

export type Shape = 'transactions' | 'customers';

/**
 * The columnar form of a dataset, as stored in IndexedDB and as the engine reads it.
 * Dates are UTC epoch days (see day.ts); missing numbers are NaN.
 * Transactions: customer, date and amount are present (amount may have been
 * computed as quantity × price at import). Customers: one row per customer,
 * indicators in `numbers`, attributes in `categories`.
 */
export interface Table {
  shape: Shape;
  length: number;
  customer: Category;
  date?: Int32Array;
  amount?: Float64Array;
  order?: Category;
  quantity?: Float64Array;
  price?: Float64Array;
  cost?: Float64Array;
  profit?: Float64Array;
  payment?: Float64Array;
  product?: Category;
  region?: Category;
  /** The physical source line of each row (header = 1), when the import kept it (BuildOptions.lines). */
  line?: Int32Array;
  /** Other numeric columns by header (customer tables: every indicator). */
  numbers: Record<string, Float64Array>;
  /** Other categorical columns by header (customer type, channel, …). */
  categories: Record<string, Category>;
}

/** Roles a column can be mapped to. */
export const numberRoles = ['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const;
export const categoryRoles = ['customer', 'order', 'product', 'region'] as const;
export type NumberRole = (typeof numberRoles)[number];
export type CategoryRole = (typeof categoryRoles)[number];
export type Role = NumberRole | CategoryRole | 'date';
