import type { AnalysisConfig } from '../analysis/analyze.ts';
import { abcSql, sharesSql } from './abcSql.ts';
import { dateExpr, idExpr, numberExpr } from './cellSql.ts';
import { keysSql } from './idOrderSql.ts';
import { rfmCtes, segmentExpr } from './rfmSql.ts';
import { literal } from './sqlLiterals.ts';

/** Header names of the mapped columns (as written in the CSV's header row). */
export interface SqlColumns {
  customer: string;
  date?: string;
  amount?: string;
  order?: string;
  quantity?: string;
  price?: string;
  cost?: string;
  profit?: string;
  payment?: string;
}

/** The column mapping the SQL reads the file with. */
export interface SqlMapping {
  shape: 'transactions' | 'customers';
  columns: SqlColumns;
  /** 'quantityTimesPrice': amount = quantity × unit price (no amount column). Default 'column'. */
  amountFrom?: 'column' | 'quantityTimesPrice';
  /** Field delimiter; default ','. */
  delimiter?: string;
  /** Every column's name as Kefen reads it (repeated headers numbered `Sales (2)`), so that the SQL sees the same names. */
  headers?: string[];
  /** The file has no header row: its first row is data. */
  firstRowIsData?: boolean;
}

export interface SqlOptions {
  /** Path of the CSV file as DuckDB should open it. */
  file: string;
  /** The file's text encoding when known; DuckDB reads UTF-8, so any other gets a note to convert the file first. */
  encoding?: string;
  mapping: SqlMapping;
  config: AnalysisConfig;
}

/** Metrics the SQL can rank customers by (transactions); customer tables also accept any column header. */
export const sqlMetrics = ['revenue', 'orders', 'monetary', 'quantity', 'profit', 'payment'] as const;

/** A note at the top when the file is not UTF-8 (DuckDB would misread its text). */
function encodingNote(encoding: string | undefined, file: string): string {
  if (!encoding || encoding.toLowerCase() === 'utf-8') return '';
  return `-- NOTE: ${file} is ${encoding}; DuckDB reads UTF-8. Convert it first, e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8 (and use the new file below).\n`;
}

/** Header comment: which parts of the SQL are DuckDB's own. */
const dialect = `-- DuckDB-specific: read_csv, TRY_CAST, try_strptime, regexp_* functions, list_transform with a lambda,
-- quantile_cont, date_diff and sum(x ORDER BY y) (adds in a given order); the rest is standard SQL.`;

function checkConfig(config: AnalysisConfig) {
  const { a, b, rule } = config.abc;
  if (!(a > 0 && a <= b && b <= 1)) throw new RangeError(`invalid ABC thresholds: A ${a}, B ${b} (expected 0 < A ≤ B ≤ 1)`);
  if (rule !== 'textbook' && rule !== 'crossing') throw new RangeError(`invalid ABC rule: ${String(rule)}`);
  if (![3, 4, 5].includes(config.rfm.bins)) throw new RangeError(`invalid RFM levels: ${config.rfm.bins} (expected 3, 4 or 5)`);
  const w = config.summary.windowDays;
  if (w !== null && !(w > 0 && Number.isFinite(w))) throw new RangeError(`invalid windowDays: ${w} (expected a positive number of days or null)`);
  if (config.summary.analysisDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(config.summary.analysisDate)) {
    throw new RangeError(`invalid analysisDate: ${config.summary.analysisDate} (expected YYYY-MM-DD)`);
  }
}

function readCsv(options: SqlOptions): string {
  const delimiter = options.mapping.delimiter ?? ',';
  // Every column as text, so that the SQL decides how a cell is read.
  // DuckDB would name a repeated header `Sales_1` where Kefen says `Sales (2)`: give it Kefen's names.
  const { headers, firstRowIsData } = options.mapping;
  const names = headers?.length ? `, names = [${headers.map(literal).join(', ')}]` : '';
  return `read_csv(${literal(options.file)}, header = ${firstRowIsData ? 'false' : 'true'}, all_varchar = true, delim = ${literal(delimiter)}, quote = '"', escape = '"'${names})`;
}

/**
 * DuckDB SQL that reads a CSV file and reproduces the app's per-customer RFM scores, segments and
 * ABC classes (METHOD.md §2, §3, §5), with the same definitions as src/lib/analysis. One row per
 * customer, in ABC rank order: customer_id, recency_days, frequency, monetary, r, f, m, rfm,
 * segment, abc_value, share, cum_share, abc_class, abc_rank. Throws a RangeError on settings it
 * cannot express (the message says what was received).
 */
export function toDuckDbSql(options: SqlOptions): string {
  const { config, mapping } = options;
  checkConfig(config);
  const columns = mapping.columns;
  if (!columns.customer) throw new RangeError('invalid mapping: no customer column');
  if (mapping.shape === 'customers') return customersSql(options);
  if (!columns.date) throw new RangeError('invalid mapping: no date column (a transactions file needs one)');
  const product = mapping.amountFrom === 'quantityTimesPrice';
  if (product && (!columns.quantity || !columns.price)) throw new RangeError('invalid mapping: quantity × price needs both columns');
  if (!product && !columns.amount) throw new RangeError('invalid mapping: no amount column');

  const { summary, abc: abcConfig, rfm } = config;
  const metric = abcConfig.metric;
  if (!(sqlMetrics as readonly string[]).includes(metric)) throw new RangeError(`unknown metric for SQL: ${metric} (available: ${sqlMetrics.join(', ')})`);
  if (metric === 'quantity' && !columns.quantity) throw new RangeError('metric quantity needs a quantity column');
  if (metric === 'payment' && !columns.payment) throw new RangeError('metric payment needs a payment column');
  if (metric === 'profit' && !columns.profit && !columns.cost) throw new RangeError('metric profit needs a profit or cost column');

  const amount = product ? `${numberExpr(columns.quantity!)} * ${numberExpr(columns.price!)}` : numberExpr(columns.amount!);
  const extra: string[] = [];
  if (columns.order) extra.push(`    ${idExpr(columns.order)} AS order_id,`);
  if (columns.quantity) extra.push(`    ${numberExpr(columns.quantity)} AS quantity,`);
  if (columns.payment) extra.push(`    ${numberExpr(columns.payment)} AS payment,`);
  if (columns.profit) extra.push(`    ${numberExpr(columns.profit)} AS profit,`);
  else if (columns.cost) extra.push(`    ${amount} - ${numberExpr(columns.cost)} AS profit,`);

  const analysisDay = summary.analysisDate === null ? '(SELECT max(day) FROM valid)' : `DATE ${literal(summary.analysisDate)}`;
  // Rows count when day > D − W, i.e. day > D − ⌈W⌉ for whole days.
  const windowStart = summary.windowDays === null ? 'CAST(NULL AS DATE)' : `CAST(analysis_day - INTERVAL (${Math.ceil(summary.windowDays)}) DAY AS DATE)`;
  const inWindow = (day: string) => (summary.windowDays === null ? 'TRUE' : `${day} > (SELECT window_start FROM params)`);
  const orderKey = columns.order ? 'order_id, CASE WHEN order_id IS NULL THEN day END' : 'day';
  const frequency = summary.frequency === 'rows' ? 'rows_in_window' : 'positive_orders';
  const monetary = summary.monetary === 'sum' ? 'revenue' : `CASE WHEN ${frequency} > 0 THEN revenue / ${frequency} ELSE 0 END`;
  const metricColumn: Record<string, string> = {
    revenue: 'revenue',
    orders: 'frequency',
    monetary: 'monetary',
    quantity: 'quantity',
    profit: 'profit',
    payment: 'payment'
  };
  const sums = (['quantity', 'profit', 'payment'] as const).filter((c) => (c === 'profit' ? columns.profit || columns.cost : columns[c]));
  const k = rfm.bins;
  const probabilities = Array.from({ length: k - 1 }, (_, s) => (s + 1) / k);

  const settings = [
    `analysis date ${summary.analysisDate ?? 'latest date in the file'}`,
    `window ${summary.windowDays === null ? 'all history' : `${summary.windowDays} days`}`,
    `frequency ${summary.frequency}`,
    `monetary ${summary.monetary}`,
    `ABC on ${metric} at ${pct(abcConfig.a)} / ${pct(abcConfig.b)} (${abcConfig.rule} rule)`,
    `RFM ${rfm.method} with ${k} levels`,
    `segments ${rfm.segments}`
  ];

  return `${encodingNote(options.encoding, options.file)}-- Kefen (客分): per-customer RFM scores, segments and ABC classes, as the app computes them
-- (METHOD.md §2 summary, §3 ABC, §5 RFM), one row per customer in ABC rank order.
${dialect}
-- Settings: ${settings.join('; ')}.
WITH
-- 1. Every row of the file, read as text, numbered in file order (DuckDB keeps the order: preserve_insertion_order).
raw AS (
  SELECT *, row_number() OVER () AS line_no FROM ${readCsv(options)}
),
-- 2. Typed rows. Rows whose date or amount cannot be read are left out (the app rejects them);
--    rows without a customer stay (they count for the latest date, not for customers).
lines AS (
  SELECT
    ${idExpr(columns.customer)} AS customer_id,
    ${dateExpr(columns.date)} AS day,
${extra.join('\n')}
    ${amount} AS amount,
    line_no
  FROM raw
),
valid AS (
  SELECT *${columns.order ? ', min(line_no) OVER (PARTITION BY order_id) AS order_seen' : ''}
  FROM lines WHERE day IS NOT NULL AND amount IS NOT NULL
),
-- 3. Analysis date D (default: the latest date) and the window start (rows after it count toward F and M).
params AS (
  SELECT analysis_day, ${windowStart} AS window_start
  FROM (SELECT ${analysisDay} AS analysis_day) AS d
),
-- 4. Rows with a customer dated up to D.
kept AS (
  SELECT * FROM valid WHERE customer_id IS NOT NULL AND day <= (SELECT analysis_day FROM params)
),
-- 5. Orders: ${columns.order ? 'a distinct order id per customer (rows without an id: one order per customer and day)' : 'one order per customer and day'};
--    an order is dated by its first row and worth the sum of its rows (returns net off).
--    Sums add in the app's order (ORDER BY inside an aggregate: DuckDB-specific) so that they are bit-identical.
orders AS (
  SELECT customer_id, min(day) AS order_day, sum(amount ORDER BY line_no) AS value, count(*) AS n_rows${columns.order ? ', order_id IS NULL AS no_id, min(order_seen) AS order_seen' : ''}
  FROM kept
  GROUP BY customer_id, ${orderKey}
),
-- 6. Per customer: F = orders with positive value and revenue = net sum, in the window; R from the last positive order.
per_customer AS (
  SELECT
    customer_id,
    coalesce(sum(value ORDER BY order_day${columns.order ? ', no_id, order_seen' : ''}) FILTER (WHERE ${inWindow('order_day')}), 0) AS revenue,
    count(*) FILTER (WHERE ${inWindow('order_day')} AND value > 0) AS positive_orders,
    coalesce(sum(n_rows) FILTER (WHERE ${inWindow('order_day')}), 0) AS rows_in_window,
    max(order_day) FILTER (WHERE value > 0) AS last_positive_day -- R looks at all history up to D
  FROM orders
  GROUP BY customer_id
),
${
  sums.length
    ? `-- Row-level sums in the window (quantity, profit, collected payment).
row_sums AS (
  SELECT customer_id, ${sums.map((c) => `coalesce(sum(${c} ORDER BY line_no), 0) AS ${c}`).join(', ')}
  FROM kept
  WHERE ${inWindow('day')}
  GROUP BY customer_id
),
`
    : ''
}summary AS (
  SELECT
    p.customer_id,
    date_diff('day', p.last_positive_day, (SELECT analysis_day FROM params)) AS recency_days,
    CAST(${frequency} AS BIGINT) AS frequency,
    ${monetary} AS monetary,
    revenue${sums.map((c) => `,\n    coalesce(s.${c}, 0) AS ${c}`).join('')},
${keysSql('p.customer_id')}
  FROM per_customer p${sums.length ? '\n  LEFT JOIN row_sums s USING (customer_id)' : ''}
),
-- 7. Customers that can be scored: a positive order in the window, F > 0.
eligible AS (
  SELECT * FROM summary WHERE recency_days IS NOT NULL AND frequency > 0 AND monetary IS NOT NULL
),
${rfmCtes(rfm, probabilities)}
-- 9. ABC: rank by the metric descending, ties by customer id in natural order; share of the positive total.
ranked AS (
  SELECT
    s.*,
    sc.r, sc.f, sc.m,
    s.${metricColumn[metric]} AS value
  FROM summary s
  LEFT JOIN scored sc USING (customer_id)
),
${sharesSql()}
SELECT
  customer_id,
  recency_days,
  frequency,
  monetary,
  r, f, m,
  CAST(r AS VARCHAR) || CAST(f AS VARCHAR) || CAST(m AS VARCHAR) AS rfm,
  ${segmentExpr(rfm)} AS segment,
  value AS abc_value,
  share,
  cum_share,
${abcSql(config, '  ')} AS abc_class,
  abc_rank
FROM shares${rfm.segments === 'eight' ? '\nLEFT JOIN eight USING (customer_id)' : ''}
ORDER BY abc_rank;
`;
}

/** Percent text of a fraction for the settings comment. */
function pct(x: number): string {
  return `${+(x * 100).toFixed(4)} %`;
}

/** ABC on a customer table (no dates: no RFM; r, f, m and segment are NULL). */
function customersSql(options: SqlOptions): string {
  const { mapping, config } = options;
  const columns = mapping.columns;
  const metric = config.abc.metric;
  const source = metric === 'revenue' ? columns.amount : metric;
  if (!source) throw new RangeError('metric revenue needs an amount column');
  const missing = metric === 'revenue' ? '0' : 'NULL';
  return `${encodingNote(options.encoding, options.file)}-- Kefen (客分): ABC classes of a customer table, as the app computes them (METHOD.md §3).
${dialect}
-- Settings: ABC on ${metric} (column ${source}) at ${pct(config.abc.a)} / ${pct(config.abc.b)}, ${config.abc.rule} rule.
-- A customer table has no dates: recency, frequency and RFM scores are NULL.
WITH
raw AS (
  SELECT *, row_number() OVER () AS line_no FROM ${readCsv(options)}
),
lines AS (
  SELECT ${idExpr(columns.customer)} AS customer_id, ${numberExpr(source)} AS value, line_no
  FROM raw
),
-- A customer listed on several rows: the values add up (missing when all are missing).
summary AS (
  SELECT customer_id, coalesce(sum(value ORDER BY line_no), ${missing}) AS value -- ORDER BY inside sum: DuckDB-specific
  FROM lines
  WHERE customer_id IS NOT NULL
  GROUP BY customer_id
),
ranked AS (
  SELECT
    *,
${keysSql('customer_id')}
  FROM summary
),
${sharesSql()}
SELECT
  customer_id,
  CAST(NULL AS DOUBLE) AS recency_days,
  CAST(NULL AS DOUBLE) AS frequency,
  CAST(NULL AS DOUBLE) AS monetary,
  CAST(NULL AS INTEGER) AS r, CAST(NULL AS INTEGER) AS f, CAST(NULL AS INTEGER) AS m,
  CAST(NULL AS VARCHAR) AS rfm,
  CAST(NULL AS VARCHAR) AS segment,
  value AS abc_value,
  share,
  cum_share,
${abcSql(config, '  ')} AS abc_class,
  abc_rank
FROM shares
ORDER BY abc_rank;
`;
}