/** A row that was read but not accepted: its physical line (header = 1), the column at fault, an i18n reason key and the row's text. */
export interface RejectedRow {
  line: number;
  column: string;
  reason: string;
  raw: string;
}

/** What an import read, accepted and converted (METHOD §1: rows read = accepted + rejected, always). */
export interface ImportReport {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsWithoutCustomer: number;
  customers: number;
  /** Distinct order ids, or distinct (customer, day) when no order id is mapped; 0 for customer tables. */
  orders: number;
  totalAmount: number;
  /** Epoch days of the earliest and latest accepted date; NaN without dates. */
  firstDay: number;
  lastDay: number;
  /** Conversions applied, by `<header>|<kind>`; each kind is an i18n key `coercion.<kind>`. */
  coercions: Record<string, number>;
  /** Customer tables: customer ids that occur on more than one row (the later rows are rejected). */
  duplicateCustomers: number;
  /** Rejected rows by reason key (`reject.<reason>`): all of them, not only those kept in detail. */
  rejectedByReason: Record<string, number>;
  /** Transactions: the plausible date range applied and the rows set aside outside it; null without a date column. */
  dateRange: DateRangeCheck | null;
  /** Rejected rows in detail: the first `maxRejectedKept` of them. */
  rejected: RejectedRow[];
}

/** Rejected rows kept in detail (all are counted). */
export const maxRejectedKept = 10_000;

/** The plausible-date check of an import (epoch days): rows dated outside [from, to] are set aside as `reject.implausibleDate`. */
export interface DateRangeCheck {
  from: number;
  to: number;
  /** Rows set aside for a date before `from`, and after `to`. */
  before: number;
  after: number;
  /** The earliest and latest set-aside date (NaN when none): a range from these keeps them all. */
  firstDay: number;
  lastDay: number;
}
