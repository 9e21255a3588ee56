/**
 * One code per row: int32, or narrower when every code fits (the command line keeps columns of few labels, such as
 * regions or channels, in one byte a row).
 */
export type Codes = Int32Array | Int16Array | Int8Array;

/**
 * The values of a number role: float64, or float32 when every value is exactly a float32 (whole quantities and
 * counts; the command line keeps them in four bytes a row). Read as doubles, they are the same numbers.
 */
export type Values = Float64Array | Float32Array;

/** A categorical column: one code per row into `labels`; -1 means missing. */
export interface Category {
  codes: Codes;
  labels: string[];
}

/**
 * Labels left unread, only their number known (order ids when only how many there are is read): an array of that
 * length with nothing in it. Made sparse by setting its last place and deleting it again, so it costs no memory
 * per label (`new Array(n)` would reserve n places: 60 MB for 7.6 million orders).
 */
export function unreadLabels(count: number): string[] {
  const labels: string[] = [];
  if (count > 0) {
    labels[count - 1] = '';
    delete labels[count - 1];
  }
  return labels;
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
  amount?: Values;
  order?: Category;
  quantity?: Values;
  price?: Values;
  cost?: Values;
  profit?: Values;
  payment?: Values;
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
