import type { Category } from './table.ts';

/*
 * The engine's contract: every setting of METHOD.md (AnalysisConfig) and every
 * result. Results are plain data (typed arrays and small tables) so that they
 * cross a worker boundary by structured clone and can be serialised to JSON.
 * Shares are fractions in [0, 1]; days are UTC epoch days (day.ts).
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

export type AbcRule = 'textbook' | 'crossing';

export interface AbcConfig {
  /** Name of a customer metric (see Summary.metrics); default 'revenue'. */
  metric: string;
  /** Thresholds as fractions, e.g. 0.8 and 0.95. */
  a: number;
  b: number;
  rule: AbcRule;
}

export interface PyramidConfig {
  metric: string;
  /** Tier sizes as fractions of customers, top first, summing to 1 (e.g. [0.01, 0.04, 0.15, 0.8]). */
  tiers: number[];
}

export type RfmMethod = 'rank' | 'rfm-package' | 'thresholds' | 'mean' | 'median';
export type SegmentScheme = 'grid' | 'eight' | 'rfm-package-vignette' | 'rfm-package-tests' | 'custom';

/** One row of a custom segment table; ranges are inclusive score ranges. */
export interface SegmentRule {
  name: string;
  r: [number, number];
  f: [number, number];
  m: [number, number];
  action?: string;
}

export interface RfmConfig {
  method: RfmMethod;
  /** Levels per dimension: 3, 4 or 5. */
  bins: 3 | 4 | 5;
  /** Cut points for method 'thresholds' (k − 1 values each, ascending). R in days: a value ≤ cut i gets the higher score. */
  thresholds: { r: number[]; f: number[]; m: number[] };
  segments: SegmentScheme;
  /** Rules for 'custom' (and the editable copy of a preset). */
  customSegments: SegmentRule[];
  /** Split used by the 8-class model. */
  split: 'mean' | 'median';
  /** Suggested actions edited by the user, by segment name (override SegmentSummary.action on screen and in exports). */
  actions?: Record<string, string>;
}

export interface LifecycleConfig {
  /** Snapshot date (ISO); null = analysis date. */
  snapshot: string | null;
  windowDays: number;
  horizonDays: number;
  /** Change band g as a fraction (0.2 = 20 %). */
  band: number;
  /** Transition matrix between these two dates (ISO); null = one window before the snapshot, and the snapshot. */
  from: string | null;
  to: string | null;
}

export interface KeyAccountConfig {
  /** 'rolling' = rolling-N-month revenue ≥ threshold; 'classA' = ABC class A at each month end. */
  standard: 'rolling' | 'classA';
  months: number;
  threshold: number;
}

export interface ConcentrationConfig {
  metric: string;
  /** Warn when one customer's share exceeds this fraction. */
  warnShare: number;
}

export interface BigTicketConfig {
  /** Classes considered top (default ['A']). */
  classes: string[];
  windowDays: number;
}

export interface ProfitabilityConfig {
  /** Customers shown as columns; the rest merged into one "others" column. */
  topCustomers: number;
  topProducts: number;
}

export interface ValueIndicator {
  metric: string;
  /** Weight as a fraction; all weights sum to 1. */
  weight: number;
  group: 'realised' | 'potential';
}

export interface ValueScoreConfig {
  indicators: ValueIndicator[];
  normalisation: 'minmax' | 'percentile';
  /** Score band lower bounds, descending, e.g. [80, 60, 40, 0] → tiers 1..4. */
  bands: number[];
}

export interface BreakdownConfig {
  /** 'region' or the name of a categorical column. */
  attribute: string;
  metric: string;
}

export interface PlanClass {
  cls: string;
  /** Contact rhythm: phone every N weeks, visit every M months. */
  phoneWeeks: number;
  visitMonths: number;
  measures: string;
}

export interface PlanConfig {
  classes: PlanClass[];
}

export interface AnalysisConfig {
  summary: SummaryConfig;
  abc: AbcConfig;
  pyramid: PyramidConfig;
  rfm: RfmConfig;
  lifecycle: LifecycleConfig;
  keyAccounts: KeyAccountConfig;
  concentration: ConcentrationConfig;
  bigTicket: BigTicketConfig;
  profitability: ProfitabilityConfig;
  valueScore: ValueScoreConfig;
  breakdown: BreakdownConfig;
  plan: PlanConfig;
}

/** An engine message: a code with parameters; the UI and CLI translate it. */
export interface EngineMessage {
  code: string;
  params?: Record<string, string | number>;
}

// ---------------------------------------------------------------- results

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
  orders: number;
  totalAmount: number;
  firstDay: number;
  lastDay: number;
  hasCost: boolean;
  hasProfit: boolean;
}

export interface ClassSummary {
  cls: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
  mean: number;
}

export interface AbcResult {
  metric: string;
  config: AbcConfig;
  /** Customer indices in rank order (desc by metric, ties by id asc). */
  order: Int32Array;
  /** Per customer (indexed by customer, not rank): value, share, cumulative share, class code 0=A 1=B 2=C, rank (0-based). */
  value: Float64Array;
  share: Float64Array;
  cumShare: Float64Array;
  cls: Uint8Array;
  rank: Int32Array;
  /** Customers with metric ≤ 0 (class C, contributing nothing). */
  nonPositive: number;
  total: number;
  classes: ClassSummary[];
  /** Lorenz curve points (cumulative customer share, cumulative value share), ascending, thinned to ≤ 512 points. */
  lorenz: { x: Float64Array; y: Float64Array };
  gini: number;
}

export interface PyramidTier {
  tier: number;
  /** 'vip' | 'major' | 'ordinary' | 'small' (4 tiers) or 'top' | 'middle' | 'bottom' (3 tiers). */
  key: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
}

export interface PyramidResult {
  metric: string;
  /** Tier index (0 = top) per customer. */
  tier: Uint8Array;
  tiers: PyramidTier[];
}

export interface RfmThresholds {
  /** Per dimension, the bin edges actually used, described so they can be shown: for level s, [lower, upper] in the dimension's units. */
  r: { level: number; min: number; max: number }[];
  f: { level: number; min: number; max: number }[];
  m: { level: number; min: number; max: number }[];
  /** Cut points as applied (method-specific, shown verbatim). */
  cuts: { r: number[]; f: number[]; m: number[] };
}

export interface SegmentSummary {
  name: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  aov: number;
  medianR: number;
  medianF: number;
  medianM: number;
  action: string;
}

export interface RfmResult {
  config: RfmConfig;
  /** Scores per customer (0 when not scorable, e.g. no positive order). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  thresholds: RfmThresholds;
  /** Levels left empty per dimension (ties), for the UI to explain. */
  emptyLevels: { r: number[]; f: number[]; m: number[] };
  /** Segment index per customer into `segments`. */
  segment: Uint16Array;
  segments: SegmentSummary[];
  /** For custom tables: indices of rules that can never match (shadowed). */
  shadowed: number[];
  /** R × F grid: grid[r-1][f-1] = { customers, meanM }. */
  grid: { customers: number; meanM: number; segment: string }[][];
  /** The 8-class model (always computed): class index 0..7 per customer and its summary. */
  eight: { cls: Uint8Array; classes: SegmentSummary[]; split: { r: number; f: number; m: number } };
  /** Histograms of R, F and M for the view. */
  histograms: { r: Histogram; f: Histogram; m: Histogram };
}

export interface Histogram {
  edges: number[];
  counts: number[];
}

export type LifecycleStage = 'prospect' | 'exploration' | 'growing' | 'stable' | 'fluctuating' | 'declining' | 'lost';

export interface LifecycleResult {
  config: LifecycleConfig;
  snapshotDay: number;
  /** Stage index per customer into `stageKeys`; 255 = not yet a customer at the snapshot (no order up to it). */
  stage: Uint8Array;
  stageKeys: LifecycleStage[];
  stages: { stage: LifecycleStage; customers: number; revenue: number }[];
  /** Stage mix at each month end: months[i] = ISO date, counts[i][s] = customers. */
  mix: {
    months: string[];
    counts: number[][];
    /** Customers not yet customers at each month end (first order later), left out of that month's counts. */
    notYet?: number[];
  };
  transition: {
    fromDay: number;
    toDay: number;
    matrix: number[][];
    /** Customers not yet customers at fromDay (not in `matrix`), by their stage at toDay. */
    entered?: number[];
    /** Optional: stage index per customer at fromDay and at toDay (255 = not a customer yet), so the view can list a cell's customers. */
    fromStage?: Uint8Array;
    toStage?: Uint8Array;
  };
}

export interface KeyAccountResult {
  config: KeyAccountConfig;
  months: string[];
  counts: number[];
  /** Customer indices entering/exiting at each month. */
  entries: number[][];
  exits: number[][];
  /** The rolling-revenue threshold actually applied (the automatic one when config.threshold ≤ 0); NaN for 'classA'. */
  threshold?: number;
  /** Per month: the rolling window reaches back before the first data day (the value is understated). */
  partial?: boolean[];
}

export interface ConcentrationResult {
  config: ConcentrationConfig;
  top1Share: number;
  top5Share: number;
  top10Share: number;
  hhi: number;
  gini: number;
  /** Customer index of the largest customer, and whether the warning applies. */
  largest: number;
  warning: boolean;
}

export interface BigTicketResult {
  /** Customer indices flagged as one-off big-ticket customers. */
  customers: number[];
  /** Top-class customers with a single order less than W days before the analysis date: cannot be judged yet. */
  pending?: number[];
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

export interface ValueScoreResult {
  config: ValueScoreConfig;
  score: Float64Array;
  realised: Float64Array;
  potential: Float64Array;
  tier: Uint8Array;
  tiers: { tier: number; lower: number; customers: number; value: number }[];
  /** Quadrant per customer: 0 high-high, 1 high realised/low potential, 2 low realised/high potential, 3 low-low. */
  quadrant: Uint8Array;
  quadrants: { quadrant: number; customers: number }[];
  /** The indicators actually used, with weights renormalised to sum to 1. */
  used?: ValueIndicator[];
  /** Indicator metrics not found in the summary (left out). */
  skipped?: string[];
}

export interface BreakdownRow {
  label: string;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  /** Customers per ABC class A, B, C. */
  classMix: [number, number, number];
  /** The row of customers without a value for the attribute (label '(none)'). */
  missing?: boolean;
}

export interface BreakdownResult {
  attribute: string;
  /** Attributes available for the picker. */
  attributes: string[];
  rows: BreakdownRow[];
}

export interface PlanRow {
  cls: string;
  customers: number;
  /** Standard filled from the data: minimum yearly revenue and yearly orders of the class. */
  minYearlyRevenue: number;
  minYearlyOrders: number;
  /** The class's typical yearly orders (median), a more telling order standard than the minimum. */
  medianYearlyOrders?: number;
  /** The class's largest yearly revenue (the bound of the lowest class, whose minimum says little). */
  maxYearlyRevenue?: number;
  meanYearlyRevenue: number;
  phoneWeeks: number;
  visitMonths: number;
  measures: string;
}

export interface PlanResult {
  rows: PlanRow[];
}

/** Every method's result for one dataset and config; a method not applicable to the data is null with a reason in `notes`. */
export interface AnalysisResult {
  summary: Summary;
  abc: AbcResult;
  pyramid: PyramidResult;
  rfm: RfmResult | null;
  lifecycle: LifecycleResult | null;
  keyAccounts: KeyAccountResult | null;
  concentration: ConcentrationResult;
  bigTicket: BigTicketResult | null;
  profitability: ProfitabilityResult;
  valueScore: ValueScoreResult;
  breakdown: BreakdownResult;
  plan: PlanResult;
  notes: EngineMessage[];
}
