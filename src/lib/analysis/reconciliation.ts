import type { Summary } from './types.ts';

/** The import's totals of every accepted row (the Data page's figures). */
export interface ImportedTotals {
  rows: number;
  orders: number;
  amount: number;
}

/** Rows of one kind and the sum of their amounts. */
export interface RowPart {
  rows: number;
  amount: number;
}

/**
 * From the import's totals to the figures the analyses use, in disjoint parts (METHOD §1–§3):
 * every row = after the analysis date + without a customer + the customers' rows before the window
 * + the customers' rows the analyses read. Of the customers, those with positive net revenue are what
 * ABC (on revenue), the pyramid and the concentration figures share out; the others are class C with no share.
 */
export interface Reconciliation {
  all: ImportedTotals;
  afterAnalysisDate: RowPart;
  withoutCustomer: RowPart;
  beforeWindow: RowPart;
  /** The rows read by the analyses: with a customer, up to the analysis date, in the window; their orders (returns too) and net amount. */
  withCustomer: RowPart & { orders: number; positiveOrders: number; customers: number };
  /** Customers with positive net revenue and the sum of it (ABC's total on revenue). */
  counted: { customers: number; amount: number };
  /** Customers with zero or negative net revenue and their net sum. */
  nonPositive: { customers: number; amount: number };
}

/** How the import's totals of a dataset reconcile with the summary the analyses read (its current settings). */
export function reconciliation(imported: ImportedTotals, summary: Summary): Reconciliation {
  const { stats, revenue } = summary;
  let net = 0;
  let counted = 0;
  let countedCustomers = 0;
  let nonPositive = 0;
  for (let i = 0; i < revenue.length; i++) {
    const v = revenue[i];
    net += v;
    // summed in customer order, as abc() sums its total
    if (v > 0) {
      counted += v;
      countedCustomers++;
    } else nonPositive += v;
  }
  return {
    all: { ...imported },
    afterAnalysisDate: { rows: stats.rowsAfterAnalysisDate, amount: stats.amountAfterAnalysisDate },
    withoutCustomer: { rows: stats.rowsWithoutCustomer, amount: stats.amountWithoutCustomer },
    beforeWindow: { rows: stats.rowsBeforeWindow, amount: stats.amountBeforeWindow },
    withCustomer: { rows: stats.rowsUsed, amount: net, orders: stats.orders, positiveOrders: stats.positiveOrders, customers: revenue.length },
    counted: { customers: countedCustomers, amount: counted },
    nonPositive: { customers: revenue.length - countedCustomers, amount: nonPositive }
  };
}
