import type { Category } from './table.ts';

/*
 * The shared shapes every method reads: the per-customer summary (METHOD §2) and engine messages.
 * Each method's own config and result live beside its function (abc.ts, rfm.ts, …); the whole
 * run's AnalysisConfig and AnalysisResult beside analyze.ts. Shares are fractions in [0, 1];
 * days are UTC epoch days (day.ts).
 */

export interface SummaryConfig {
  /** ISO date; null = latest date in the data. */
  analysisDate: string | null;
  /** Only rows in (D − window, D] count toward F and M; null = all history. */
  windowDays: number | null;
  /** 'orders' (METHOD §2) or 'rows' (the R rfm package preset). */
  frequency: 'orders' | 'rows';
  /** M = net sum, or average order value. */
  monetary: 'sum' | 'average';
}

/** An engine message: a code with parameters; the UI and CLI translate it. */
export interface EngineMessage {
  code: string;
  params?: Record<string, string | number>;
}

/** Per-customer summary (METHOD §2), one entry per customer, struct of arrays. */
export interface Summary {
  shape: 'transactions' | 'customers';
  /** Customer ids; index i is customer i everywhere below. */
  ids: string[];
  analysisDay: number;
  windowDays: number | null;
  frequencyMode: 'orders' | 'rows';
  monetaryMode: 'sum' | 'average';
  /** F: orders with positive value (or rows under the R preset). */
  frequency: Float64Array;
  /** M per config (net sum or average order value). */
  monetary: Float64Array;
  /** Net revenue in the window. */
  revenue: Float64Array;
  /** R in days; NaN when the customer has no positive order. */
  recencyDays: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  tenureDays: Float64Array;
  profit: Float64Array;
  quantity: Float64Array;
  payment: Float64Array;
  /** Every numeric customer metric by name: revenue, orders, profit, quantity, payment, monetary, and each numeric column of a customer table. */
  metrics: Record<string, Float64Array>;
  /** Per-customer categorical attributes (region: the customer's most frequent value). */
  attributes: Record<string, Category>;
  stats: SummaryStats;
}

/** Every order of every customer up to the analysis date (not limited by the window), for the time-based methods. */
export interface CustomerOrders {
  /** Orders of customer i are at offsets[i] … offsets[i + 1] − 1, sorted by day ascending; length customers + 1. */
  offsets: Int32Array;
  /** Epoch day of each order. */
  day: Int32Array;
  /** Net value of each order (sum of its rows' amounts; may be ≤ 0 for returns). */
  value: Float64Array;
}

/** The summary as the engine holds it inside the worker: with each customer's orders and the map from table customer codes. */
export interface FullSummary extends Summary {
  /** table.customer code → customer index, or −1 (no rows up to D). */
  codeToIndex: Int32Array;
  orders: CustomerOrders;
}

export interface SummaryStats {
  rows: number;
  rowsUsed: number;
  rowsWithoutCustomer: number;
  rowsAfterAnalysisDate: number;
  rowsBeforeWindow: number;
  customers: number;
  /** Orders of the customers in the window, whatever their value (returns too). */
  orders: number;
  /** Of those, the orders with positive value (what F counts under 'orders'). */
  positiveOrders: number;
  /** Sum of the amounts of every row up to the analysis date, with a customer or not. */
  totalAmount: number;
  /** Sum of the amounts of the rows after the analysis date (left out). */
  amountAfterAnalysisDate: number;
  /** Sum of the amounts of the rows up to the analysis date without a customer. */
  amountWithoutCustomer: number;
  /** Sum of the amounts of the customers' rows before the window (left out of F and M). */
  amountBeforeWindow: number;
  firstDay: number;
  lastDay: number;
  /** Which optional input columns are mapped (availableMetrics.ts turns these into the metrics a dataset offers). */
  hasCost: boolean;
  hasProfit: boolean;
  hasQuantity: boolean;
  hasPayment: boolean;
  /** Where profit comes from: the profit column, amount − cost, or nowhere (profit is then absent, not zero). */
  profitSource: 'profit' | 'amountMinusCost' | null;
}
