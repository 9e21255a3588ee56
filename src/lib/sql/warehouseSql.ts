import type { AnalysisConfig } from '../analysis/analyze.ts';
import { segmentRules } from '../analysis/presets.ts';
import { tierKeys } from '../analysis/pyramid.ts';
import { eightClasses, gridSegmentK, othersSegment } from '../analysis/rfmSegments.ts';
import { dayOfIso } from '../analysis/day.ts';
import { dialectOf, type Dialect, type DialectName } from './dialects.ts';
import { normalisedTypes, type NormalisedColumn } from './normalised.ts';

/** Where the SQL reads the rows from. */
export type WarehouseSource =
  /** A normalised file (DuckDB read_csv) or table (any dialect) with these columns. */
  | { kind: 'normalised'; columns: readonly NormalisedColumn[]; file?: string; table?: string }
  /**
   * DuckDB only: a raw CSV file that read_csv reads exactly as the importer does (UTF-8, ISO dates, plain
   * numbers, nothing rejected or converted); `columns` maps each role to its header.
   */
  | {
      kind: 'raw';
      file: string;
      columns: Partial<Record<NormalisedColumn | 'price', string>>;
      headers: readonly string[];
      delimiter: string;
      firstRowIsData?: boolean;
      amountFrom: 'column' | 'quantityTimesPrice';
    };

export interface WarehouseSqlOptions {
  dialect: DialectName;
  shape: 'transactions' | 'customers';
  source: WarehouseSource;
  config: AnalysisConfig;
}

/** The output columns, named as the fields of `kefen analyze`'s customers. */
export const outputColumns = [
  'id', 'rank', 'recencyDays', 'frequency', 'monetary', 'revenue', 'r', 'f', 'm', 'rfm', 'segment', 'eightClass',
  'abcValue', 'share', 'cumShare', 'abcClass', 'pyramidTier', 'lifecycleStage'
] as const;

/** Metrics the SQL ranks customers by (ABC and pyramid). */
export const warehouseMetrics = { transactions: ['revenue', 'orders', 'monetary', 'quantity', 'profit', 'payment', 'recency', 'tenure'], customers: ['revenue', 'quantity', 'profit', 'payment'] } as const;

/** A number as SQL text; a RangeError naming `what` for a non-finite one. */
function num(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`invalid ${what}: ${value} (expected a finite number)`);
  return String(value);
}

/** Whether the rows have a column (the amount of a raw file may be quantity × price). */
function hasColumn(source: WarehouseSource, c: NormalisedColumn): boolean {
  if (source.kind === 'normalised') return source.columns.includes(c);
  return c === 'amount' ? source.amountFrom === 'quantityTimesPrice' || !!source.columns.amount : !!source.columns[c];
}

/** Tolerance of the app for floating-point sums of shares (abc.ts, pyramid.ts). */
const epsilon = '1e-9';

function check(options: WarehouseSqlOptions) {
  const { config, shape, source } = options;
  const { a, b, rule } = config.abc;
  if (!(a > 0 && a <= b && b <= 1)) throw new RangeError(`invalid ABC thresholds: A ${a}, B ${b} (expected 0 < A ≤ B ≤ 1)`);
  if (rule !== 'textbook' && rule !== 'crossing') throw new RangeError(`invalid ABC rule: ${String(rule)}`);
  if (![3, 4, 5].includes(config.rfm.bins)) throw new RangeError(`invalid RFM levels: ${config.rfm.bins} (expected 3, 4 or 5)`);
  const w = config.summary.windowDays;
  if (w !== null && !(w > 0 && Number.isFinite(w))) throw new RangeError(`invalid windowDays: ${w} (expected a positive number of days or null)`);
  if (config.summary.analysisDate !== null && Number.isNaN(dayOfIso(config.summary.analysisDate))) {
    throw new RangeError(`invalid analysisDate: ${config.summary.analysisDate} (expected YYYY-MM-DD)`);
  }
  const l = config.lifecycle;
  if (!(l.windowDays > 0 && Number.isFinite(l.windowDays)) || !(l.horizonDays > 0 && Number.isFinite(l.horizonDays)) || !(l.band >= 0 && l.band < 1)) {
    throw new RangeError(`invalid lifecycle settings: window ${l.windowDays}, horizon ${l.horizonDays}, band ${l.band}`);
  }
  if (l.snapshot !== null && Number.isNaN(dayOfIso(l.snapshot))) throw new RangeError(`invalid lifecycle snapshot: ${l.snapshot} (expected YYYY-MM-DD)`);
  const sizes = config.pyramid.tiers;
  const total = sizes.reduce((s, x) => s + x, 0);
  if (!sizes.length || sizes.length > 8 || sizes.some((s) => !(s >= 0)) || Math.abs(total - 1) > 1e-6) throw new RangeError(`invalid pyramid tiers: ${sizes.join(', ')}`);
  if (config.rfm.method === 'thresholds') {
    for (const dim of ['r', 'f', 'm'] as const) {
      const cuts = config.rfm.thresholds[dim];
      if (cuts.length !== config.rfm.bins - 1) throw new RangeError(`invalid thresholds: ${cuts.length} cut points for ${config.rfm.bins} levels (expected ${config.rfm.bins - 1})`);
      cuts.forEach((c, i) => {
        if (!Number.isFinite(c) || (i > 0 && !(c > cuts[i - 1]))) throw new RangeError(`invalid thresholds: ${cuts.join(', ')} (expected ascending numbers)`);
      });
    }
  }
  const has = (c: NormalisedColumn) => hasColumn(source, c);
  if (!has('customer')) throw new RangeError('invalid mapping: no customer column');
  if (shape === 'transactions') {
    if (!has('date')) throw new RangeError('invalid mapping: no date column (a transactions file needs one)');
    if (!has('amount')) throw new RangeError('invalid mapping: no amount column');
  }
  for (const metric of new Set([config.abc.metric, config.pyramid.metric])) {
    const known = warehouseMetrics[shape] as readonly string[];
    if (!known.includes(metric)) throw new RangeError(`unknown metric for SQL: ${metric} (available: ${known.join(', ')})`);
    if (metric === 'quantity' && !has('quantity')) throw new RangeError('metric quantity needs a quantity column');
    if (metric === 'payment' && !has('payment')) throw new RangeError('metric payment needs a payment column');
    if (metric === 'profit' && !has('profit') && !(has('cost') && has('amount'))) throw new RangeError('metric profit needs a profit or cost column');
    if (metric === 'revenue' && shape === 'customers' && !has('amount')) throw new RangeError('metric revenue needs an amount column');
  }
}

/** The select list that gives the normalised rows the internal names (customer_id, day_n, amount, …). */
function sourceSql(d: Dialect, source: WarehouseSource, shape: 'transactions' | 'customers'): string {
  const roles: [string, NormalisedColumn][] = [
    ['customer_id', 'customer'],
    ['day_n', 'date'],
    ['amount', 'amount'],
    ['order_id', 'order'],
    ['quantity', 'quantity'],
    ['cost', 'cost'],
    ['profit', 'profit'],
    ['payment', 'payment']
  ];
  const items: string[] = [];
  if (source.kind === 'normalised') {
    for (const [name, column] of roles) {
      if (!source.columns.includes(column)) continue;
      if (shape === 'customers' && (column === 'date' || column === 'order')) continue;
      items.push(column === 'date' ? `${d.dayNumber(d.ident(column))} AS ${name}` : `${d.ident(column)} AS ${name}`);
    }
    let from: string;
    if (source.file !== undefined) {
      if (d.name !== 'duckdb') throw new RangeError(`${d.label} reads a table, not a file: load the normalised file into a table first`);
      const typeName = { text: 'VARCHAR', date: 'DATE', double: 'DOUBLE', integer: 'BIGINT' };
      const columns = source.columns.map((c) => `${d.literal(c)}: ${d.literal(typeName[normalisedTypes[c]])}`).join(', ');
      from = `read_csv(${d.literal(source.file)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
    } else from = source.table ?? 'kefen_rows';
    return `SELECT ${items.join(', ')}\n  FROM ${from}`;
  }
  if (d.name !== 'duckdb') throw new RangeError(`${d.label} reads the normalised table: run kefen normalize first`);
  const c = source.columns;
  const col = (header: string) => d.ident(header);
  for (const [name, column] of roles) {
    if (shape === 'customers' && (column === 'date' || column === 'order')) continue;
    if (column === 'amount' && source.amountFrom === 'quantityTimesPrice') {
      items.push(`CAST(${col(c.quantity!)} AS DOUBLE) * CAST(${col(c.price!)} AS DOUBLE) AS amount`);
      continue;
    }
    const header = c[column];
    if (!header) continue;
    const type = normalisedTypes[column];
    if (type === 'text') items.push(`${col(header)} AS ${name}`);
    else if (type === 'date') items.push(`${d.dayNumber(`CAST(${col(header)} AS DATE)`)} AS ${name}`);
    else items.push(`CAST(${col(header)} AS DOUBLE) AS ${name}`);
  }
  const names = source.headers.length ? `, names = [${source.headers.map(d.literal).join(', ')}]` : '';
  const header = source.firstRowIsData ? 'false' : 'true';
  return `SELECT ${items.join(', ')}\n  FROM read_csv(${d.literal(source.file)}, header = ${header}, all_varchar = true, delim = ${d.literal(source.delimiter)}, quote = '"', escape = '"'${names})${shape === 'transactions' ? `\n  WHERE ${col(c.date!)} IS NOT NULL` : ''}`;
}

/** The customers in Kefen's id order: all numeric ids as numbers; else digit runs by value (up to 20 digits), the rest by code point; ties by the id. */
function idKeysSql(d: Dialect, from: string): string {
  const numeric = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$';
  const padded = d.replaceAll(d.replaceAll('customer_id', '([0-9]+)', '00000000000000000000$1'), '0*([0-9]{20})([^0-9]|$)', '$1$2');
  return `SELECT
    customer_id,
    CASE WHEN all_numeric = 1 THEN ${d.toDouble('customer_id')} END AS numeric_key,
    CASE WHEN all_numeric = 1 THEN NULL ELSE ${padded} END AS natural_key
  FROM (
    SELECT customer_id, min(CASE WHEN ${d.matches('customer_id', numeric)} THEN 1 ELSE 0 END) OVER () AS all_numeric
    FROM ${from}
  ) AS ids`;
}

/** The deterministic customer order (after the metric): Kefen's id order. */
function idOrder(d: Dialect, prefix = ''): string {
  return `${prefix}numeric_key, ${d.binary(`${prefix}natural_key`)}, ${d.binary(`${prefix}customer_id`)}`;
}

/** The segment rules of the settings as (priority, name, score ranges) rows; the grid as one row per R × F cell. */
function ruleRows(config: AnalysisConfig): (string | number)[][] {
  const { rfm } = config;
  const k = rfm.bins;
  if (rfm.segments === 'grid') {
    const rows: (string | number)[][] = [];
    for (let r = 1; r <= k; r++) for (let f = 1; f <= k; f++) rows.push([rows.length + 1, gridSegmentK(r, f, k), r, r, f, f, 1, k]);
    return rows;
  }
  if (rfm.segments === 'eight') return [];
  if (rfm.segments === 'rfm-package-vignette' || rfm.segments === 'rfm-package-tests' || rfm.segments === 'custom') {
    return segmentRules(rfm.segments, rfm.customSegments).map((rule, i) => [
      i + 1,
      rule.name,
      ...[rule.r, rule.f, rule.m].flatMap(([lo, hi]) => [Number(num(lo, 'segment range')), Number(num(hi, 'segment range'))])
    ]);
  }
  throw new RangeError(`invalid segment scheme: ${String(rfm.segments)}`);
}

/** Cumulative tier shares as the app adds them (the last one exactly 1). */
function pyramidCuts(tiers: number[]): number[] {
  const out: number[] = [];
  let acc = 0;
  for (const s of tiers) out.push((acc += s));
  out[out.length - 1] = 1;
  return out;
}

interface Parts {
  ctes: string[];
  /** The final SELECT of the customer table. */
  customers: string;
  /** The final SELECT of the cut points and counts. */
  cuts: string;
}

/** The parameter block: every setting in one row, typed. */
function paramsSql(d: Dialect, config: AnalysisConfig): string {
  const { summary, abc, rfm, lifecycle, pyramid } = config;
  const dbl = (v: number | null, what: string) => (v === null ? `CAST(NULL AS ${d.types.double})` : `CAST(${num(v, what)} AS ${d.types.double})`);
  const day = (iso: string | null) => (iso === null ? `CAST(NULL AS ${d.types.integer})` : d.dayNumber(`DATE ${d.literal(iso)}`));
  const lines = [
    `${day(summary.analysisDate)} AS analysis_day_setting, -- analysis date D (NULL: the latest date in the data)`,
    `${dbl(summary.windowDays, 'window')} AS window_days, -- only orders in (D − window, D] count toward F and M (NULL: all history)`,
    `${rfm.bins} AS levels, -- RFM levels k`,
    `${dbl(abc.a, 'ABC A')} AS abc_a, ${dbl(abc.b, 'ABC B')} AS abc_b, -- ABC cut-offs (cumulative shares), rule ${abc.rule}`,
    `${pyramidCuts(pyramid.tiers).map((c, i) => `${dbl(c, 'pyramid tier')} AS tier_cut_${i + 1}`).join(', ')}, -- pyramid: cumulative customer shares of the tiers`,
    `${dbl(lifecycle.windowDays, 'lifecycle window')} AS lifecycle_w, ${dbl(lifecycle.horizonDays, 'lifecycle horizon')} AS lifecycle_h, ${dbl(lifecycle.band, 'lifecycle band')} AS lifecycle_g, -- lifecycle W, H, g`,
    `${day(lifecycle.snapshot)} AS snapshot_setting -- lifecycle snapshot (NULL: D; never after D)`
  ];
  if (rfm.method === 'thresholds') {
    const cuts = (['r', 'f', 'm'] as const).map((dim) => rfm.thresholds[dim].map((c, i) => `${dbl(c, 'threshold')} AS ${dim}_cut_${i + 1}`).join(', '));
    lines[lines.length - 1] = lines[lines.length - 1].replace(' AS snapshot_setting', ' AS snapshot_setting,');
    lines.push(`${cuts.join(', ')} -- RFM thresholds (R in days: ≤ first cut scores highest)`);
  }
  return `-- The parameters: every setting the results depend on.
params AS (
  SELECT
    ${lines.join('\n    ')}
)`;
}

function transactionParts(d: Dialect, options: WarehouseSqlOptions): Parts {
  const { config, source } = options;
  const { summary, rfm, abc } = config;
  const k = rfm.bins;
  const has = (c: NormalisedColumn) => hasColumn(source, c);
  const dbl = d.types.double;
  const inWindow = (day: string) => `(ctx.window_days IS NULL OR ${day} > ctx.d - ctx.window_days)`;
  const sums: string[] = [];
  if (has('quantity')) sums.push('quantity');
  if (has('profit')) sums.push('profit');
  else if (has('cost')) sums.push('profit');
  if (has('payment')) sums.push('payment');
  const profitOf = has('profit') ? 'profit' : 'amount - cost';
  const sumExpr = (c: string) => (c === 'profit' ? profitOf : c);
  const orderKey = has('order') ? 'customer_id, order_id, CASE WHEN order_id IS NULL THEN day_n END' : 'customer_id, day_n';
  const frequency = summary.frequency === 'rows' ? 'window_rows' : 'positive_orders';
  const monetary = summary.monetary === 'sum' ? 'revenue' : `CASE WHEN ${frequency} > 0 THEN revenue / CAST(${frequency} AS ${dbl}) ELSE 0 END`;
  const metricOf: Record<string, string> = {
    revenue: 'revenue',
    orders: 'frequency',
    monetary: 'monetary',
    quantity: 'quantity',
    profit: 'profit',
    payment: 'payment',
    recency: 'recency_days',
    tenure: 'tenure_days'
  };

  const ctes: string[] = [];
  ctes.push(paramsSql(d, config));
  const rules = ruleRows(config);
  ctes.push(`-- Segment rules (${rfm.segments}): inclusive score ranges, the first matching rule (lowest priority) wins; unmatched: ${othersSegment}.
segment_rules AS (
  ${d.values(
    [
      { name: 'priority', type: 'integer' },
      { name: 'name', type: 'text' },
      { name: 'r_lo', type: 'integer' },
      { name: 'r_hi', type: 'integer' },
      { name: 'f_lo', type: 'integer' },
      { name: 'f_hi', type: 'integer' },
      { name: 'm_lo', type: 'integer' },
      { name: 'm_hi', type: 'integer' }
    ],
    rules
  )}
)`);
  ctes.push(`-- The 8-class model: High/Low on R (fewer days), F and M against the ${rfm.split} (setting "split").
eight_classes AS (
  ${d.values(
    [
      { name: 'r_high', type: 'integer' },
      { name: 'f_high', type: 'integer' },
      { name: 'm_high', type: 'integer' },
      { name: 'name', type: 'text' }
    ],
    eightClasses.map((c) => [c.r ? 1 : 0, c.f ? 1 : 0, c.m ? 1 : 0, c.key])
  )}
)`);
  const extra = [has('order') ? 'order_id' : null, ...['quantity', 'cost', 'profit', 'payment'].filter((c) => has(c as NormalisedColumn))].filter(Boolean);
  ctes.push(`-- The rows as Kefen read them; dates as whole days since 1970-01-01.
src AS (
  ${sourceSql(d, source, 'transactions')}
)`);
  ctes.push(`-- D and the snapshot: the settings, or the latest date of any row (rows without a customer included).
ctx AS (
  SELECT p.*, coalesce(p.analysis_day_setting, b.last_day) AS d,
    CASE WHEN p.snapshot_setting IS NULL THEN coalesce(p.analysis_day_setting, b.last_day) ELSE LEAST(p.snapshot_setting, coalesce(p.analysis_day_setting, b.last_day)) END AS s
  FROM params AS p CROSS JOIN (SELECT max(day_n) AS last_day FROM src) AS b
)`);
  ctes.push(`-- Rows with a customer dated up to D.
kept AS (
  SELECT src.customer_id, src.day_n, src.amount${extra.map((c) => `, src.${c}`).join('')}
  FROM src CROSS JOIN ctx
  WHERE src.customer_id IS NOT NULL AND src.day_n <= ctx.d
)`);
  ctes.push(`-- Orders: ${has('order') ? 'a distinct order id per customer (rows without an id: one order per customer and day)' : 'one order per customer and day'}; dated by the first row, worth the sum of its rows (returns net off).
orders AS (
  SELECT customer_id, min(day_n) AS order_day, sum(amount) AS order_value, count(*) AS order_rows
  FROM kept
  GROUP BY ${orderKey}
)`);
  ctes.push(`-- Per customer: revenue, F and rows in the window; R from the last positive order (all history up to D); lifecycle sums at the snapshot S.
per_customer AS (
  SELECT
    o.customer_id,
    sum(CASE WHEN ${inWindow('o.order_day')} THEN o.order_value ELSE 0 END) AS revenue,
    sum(CASE WHEN ${inWindow('o.order_day')} AND o.order_value > 0 THEN 1 ELSE 0 END) AS positive_orders,
    sum(CASE WHEN ${inWindow('o.order_day')} THEN o.order_rows ELSE 0 END) AS window_rows,
    sum(CASE WHEN ${inWindow('o.order_day')} THEN 1 ELSE 0 END) AS window_orders,
    max(CASE WHEN o.order_value > 0 THEN o.order_day END) AS last_positive_day,
    min(o.order_day) AS first_day,
    min(CASE WHEN o.order_value > 0 THEN o.order_day END) AS first_positive_day,
    max(CASE WHEN o.order_day <= ctx.s THEN 1 ELSE 0 END) AS ordered_by_s,
    max(CASE WHEN o.order_value > 0 AND o.order_day <= ctx.s THEN o.order_day END) AS last_positive_by_s,
    sum(CASE WHEN o.order_value > 0 AND o.order_day > ctx.s - ctx.lifecycle_w AND o.order_day <= ctx.s THEN o.order_value ELSE 0 END) AS now_value,
    sum(CASE WHEN o.order_value > 0 AND o.order_day > ctx.s - 2 * ctx.lifecycle_w AND o.order_day <= ctx.s - ctx.lifecycle_w THEN o.order_value ELSE 0 END) AS before_value
  FROM orders AS o CROSS JOIN ctx
  GROUP BY o.customer_id
)`);
  if (sums.length) {
    ctes.push(`-- Row sums in the window (${sums.join(', ')}${sums.includes('profit') && !has('profit') ? '; profit = amount − cost' : ''}).
row_sums AS (
  SELECT kept.customer_id, ${sums.map((c) => `coalesce(sum(${sumExpr(c).replace(/(amount|cost)/g, 'kept.$1')}), 0) AS ${c}`).join(', ')}
  FROM kept CROSS JOIN ctx
  WHERE ${inWindow('kept.day_n')}
  GROUP BY kept.customer_id
)`);
  }
  ctes.push(`-- The per-customer summary (METHOD §2).
summary AS (
  SELECT
    p.customer_id,
    CAST(ctx.d - p.last_positive_day AS ${dbl}) AS recency_days,
    CAST(ctx.d - p.first_day AS ${dbl}) AS tenure_days,
    CAST(p.${frequency} AS ${dbl}) AS frequency,
    ${monetary.replace(/\b(revenue|window_rows|positive_orders)\b/g, 'p.$1')} AS monetary,
    p.revenue${sums.map((c) => `,\n    coalesce(rs.${c}, 0) AS ${c}`).join('')},
    p.window_orders, p.first_positive_day, p.ordered_by_s, p.last_positive_by_s, p.now_value, p.before_value
  FROM per_customer AS p CROSS JOIN ctx${sums.length ? '\n  LEFT JOIN row_sums AS rs ON rs.customer_id = p.customer_id' : ''}
)`);
  ctes.push(`-- Kefen's order of customer ids (ties everywhere are broken by it).
id_keys AS (
  ${idKeysSql(d, 'summary')}
)`);
  ctes.push(`-- Customers that can be scored: a positive order (R defined) and F > 0.
eligible AS (
  SELECT summary.*, id_keys.numeric_key, id_keys.natural_key
  FROM summary JOIN id_keys ON id_keys.customer_id = summary.customer_id
  WHERE summary.recency_days IS NOT NULL AND summary.frequency > 0
)`);
  // Quantiles (type 7) from order statistics: the rfm-package breaks and the median split.
  const probabilities: [string, number][] = [];
  if (rfm.method === 'rfm-package') for (let s = 1; s < k; s++) probabilities.push([`b${s}`, s / k]);
  if (rfm.method === 'median' || rfm.split === 'median') probabilities.push(['median', 0.5]);
  if (probabilities.length) {
    ctes.push(`-- Each dimension's values in ascending order (ties by id), numbered from 0.
sorted_values AS (
  ${(['r', 'f', 'm'] as const)
    .map((dim) => {
      const column = { r: 'recency_days', f: 'frequency', m: 'monetary' }[dim];
      return `SELECT '${dim}' AS dim, ${column} AS v, row_number() OVER (ORDER BY ${column}, ${idOrder(d)}) - 1 AS pos, count(*) OVER () AS n FROM eligible`;
    })
    .join('\n  UNION ALL\n  ')}
)`);
    ctes.push(`-- Quantiles of type 7 (R's default): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
probabilities AS (
  ${d.values(
    [
      { name: 'q', type: 'text' },
      { name: 'p', type: 'double' }
    ],
    probabilities
  )}
),
quantile_points AS (
  SELECT dim, q, hpos, floor(hpos) AS lo_pos, n
  FROM (
    SELECT sizes.dim, probabilities.q, CAST(sizes.n - 1 AS ${dbl}) * probabilities.p AS hpos, sizes.n
    FROM (SELECT DISTINCT dim, n FROM sorted_values) AS sizes CROSS JOIN probabilities
  ) AS points
),
quantiles AS (
  SELECT qp.dim, qp.q, lo.v + (qp.hpos - qp.lo_pos) * (hi.v - lo.v) AS v
  FROM quantile_points AS qp
  JOIN sorted_values AS lo ON lo.dim = qp.dim AND lo.pos = qp.lo_pos
  JOIN sorted_values AS hi ON hi.dim = qp.dim AND hi.pos = LEAST(qp.lo_pos + 1, qp.n - 1)
)`);
  }
  const quantileOf = (dim: string, q: string) => `(SELECT v FROM quantiles WHERE dim = '${dim}' AND q = '${q}')`;
  const splitOf = (dim: 'r' | 'f' | 'm', split: 'mean' | 'median') => {
    const column = { r: 'recency_days', f: 'frequency', m: 'monetary' }[dim];
    return split === 'mean' ? `(SELECT sum(${column}) / CAST(count(*) AS ${dbl}) FROM eligible)` : quantileOf(dim, 'median');
  };
  const cutColumns: string[] = [];
  if (rfm.method === 'rfm-package') for (const dim of ['r', 'f', 'm']) for (let s = 1; s < k; s++) cutColumns.push(`${quantileOf(dim, `b${s}`)} + 1 AS ${dim}_break_${s}`);
  if (rfm.method === 'mean' || rfm.method === 'median') for (const dim of ['r', 'f', 'm'] as const) cutColumns.push(`${splitOf(dim, rfm.method)} AS ${dim}_split`);
  for (const dim of ['r', 'f', 'm'] as const) cutColumns.push(`${splitOf(dim, rfm.split)} AS ${dim}_eight_split`);
  ctes.push(`-- Cut points computed from the data: ${rfm.method === 'rfm-package' ? 'the rfm package breaks (quantile + 1), ' : rfm.method === 'mean' || rfm.method === 'median' ? `the ${rfm.method} split, ` : ''}and the 8-class split (${rfm.split}).
cuts AS (
  SELECT
    ${cutColumns.join(',\n    ')}
)`);
  const score = (dim: 'r' | 'f' | 'm'): string => {
    const column = { r: 'recency_days', f: 'frequency', m: 'monetary' }[dim];
    const higher = dim !== 'r';
    switch (rfm.method) {
      case 'rank':
        // 1 + ⌊k·(r − 1)/n⌋, r = 1 + customers strictly worse = rank() with the worst first.
        return `1 + floor(CAST(${k} * (rank() OVER (ORDER BY e.${column} ${higher ? 'ASC' : 'DESC'}) - 1) AS ${dbl}) / count(*) OVER ())`;
      case 'rfm-package': {
        const bins = Array.from({ length: k - 1 }, (_, s) => `CASE WHEN e.${column} >= cuts.${dim}_break_${s + 1} THEN 1 ELSE 0 END`).join(' + ');
        return higher ? `1 + ${bins}` : `${k} - (${bins})`;
      }
      case 'thresholds': {
        const bins = Array.from({ length: k - 1 }, (_, s) => `CASE WHEN e.${column} > ctx.${dim}_cut_${s + 1} THEN 1 ELSE 0 END`).join(' + ');
        return higher ? `1 + ${bins}` : `${k} - (${bins})`;
      }
      case 'mean':
      case 'median':
        return `CASE WHEN e.${column} ${higher ? '>' : '<'} cuts.${dim}_split THEN ${k} ELSE 1 END`;
      default:
        throw new RangeError(`invalid RFM method: ${String(rfm.method)}`);
    }
  };
  const int = d.types.integer;
  ctes.push(`-- RFM scores 1..${k} (higher is better; for R fewer days is better), method ${rfm.method}; the 8-class flags.
scored AS (
  SELECT
    e.customer_id,
    CAST(${score('r')} AS ${int}) AS r,
    CAST(${score('f')} AS ${int}) AS f,
    CAST(${score('m')} AS ${int}) AS m,
    CASE WHEN e.recency_days < cuts.r_eight_split THEN 1 ELSE 0 END AS r_high,
    CASE WHEN e.frequency > cuts.f_eight_split THEN 1 ELSE 0 END AS f_high,
    CASE WHEN e.monetary > cuts.m_eight_split THEN 1 ELSE 0 END AS m_high
  FROM eligible AS e CROSS JOIN cuts CROSS JOIN ctx
)`);
  ctes.push(`-- Segments: the first matching rule per customer; the 8-class name.
named AS (
  SELECT sc.*, ec.name AS eight_class${rfm.segments === 'eight' ? ', ec.name AS segment' : ', hit.name AS segment'}
  FROM scored AS sc
  JOIN eight_classes AS ec ON ec.r_high = sc.r_high AND ec.f_high = sc.f_high AND ec.m_high = sc.m_high${
    rfm.segments === 'eight'
      ? ''
      : `
  LEFT JOIN (
    SELECT customer_id, name FROM (
      SELECT sc2.customer_id, rules.name, row_number() OVER (PARTITION BY sc2.customer_id ORDER BY rules.priority) AS pick
      FROM scored AS sc2 JOIN segment_rules AS rules
        ON sc2.r BETWEEN rules.r_lo AND rules.r_hi AND sc2.f BETWEEN rules.f_lo AND rules.f_hi AND sc2.m BETWEEN rules.m_lo AND rules.m_hi
    ) AS hits WHERE pick = 1
  ) AS hit ON hit.customer_id = sc.customer_id`
  }
)`);
  ctes.push(rankingCtes(d, `summary.${metricOf[abc.metric]}`, `summary.${metricOf[config.pyramid.metric]}`, `summary JOIN id_keys ON id_keys.customer_id = summary.customer_id`, true));
  const stage = `CASE
      WHEN s.ordered_by_s = 0 THEN NULL
      WHEN s.first_positive_day <= ctx.s AND s.first_positive_day > ctx.s - ctx.lifecycle_w THEN 'exploration'
      WHEN s.last_positive_by_s IS NULL OR s.last_positive_by_s <= ctx.s - ctx.lifecycle_h THEN 'lost'
      WHEN s.now_value = 0 THEN 'declining'
      WHEN s.now_value > s.before_value * (1 + ctx.lifecycle_g) THEN 'growing'
      WHEN s.now_value < s.before_value * (1 - ctx.lifecycle_g) THEN 'fluctuating'
      ELSE 'stable'
    END`;
  const customers = finalSelect(d, config, {
    recency: 's.recency_days',
    frequency: 's.frequency',
    monetary: 's.monetary',
    revenue: 's.revenue',
    rfmJoin: `LEFT JOIN named AS n ON n.customer_id = ab.customer_id`,
    stage,
    summaryJoin: 'JOIN summary AS s ON s.customer_id = ab.customer_id'
  });
  const dims = ['r', 'f', 'm'] as const;
  const column = { r: 'recency_days', f: 'frequency', m: 'monetary' };
  const cutRows: string[] = [];
  let item = 0;
  const row = (kind: string, name: string, level: string, value: string, text: string, from = '') =>
    `SELECT ${++item} AS item, '${kind}' AS kind, '${name}' AS name, CAST(${level} AS ${int}) AS level, CAST(${value} AS ${dbl}) AS value, CAST(${text} AS ${d.types.text}) AS text${from}`;
  cutRows.push(row('date', 'analysisDate', 'NULL', 'NULL', d.dateText('ctx.d'), ' FROM ctx'));
  cutRows.push(row('date', 'snapshotDate', 'NULL', 'NULL', d.dateText('ctx.s'), ' FROM ctx'));
  cutRows.push(row('count', 'rows', 'NULL', 'count(*)', 'NULL', ' FROM src'));
  cutRows.push(row('count', 'rowsWithoutCustomer', 'NULL', 'count(*)', 'NULL', ' FROM src CROSS JOIN ctx WHERE src.customer_id IS NULL AND src.day_n <= ctx.d'));
  cutRows.push(row('count', 'rowsAfterAnalysisDate', 'NULL', 'count(*)', 'NULL', ' FROM src CROSS JOIN ctx WHERE src.day_n > ctx.d'));
  cutRows.push(row('count', 'rowsBeforeWindow', 'NULL', 'count(*)', 'NULL', ` FROM kept CROSS JOIN ctx WHERE NOT ${inWindow('kept.day_n')}`));
  cutRows.push(row('count', 'customers', 'NULL', 'count(*)', 'NULL', ' FROM summary'));
  cutRows.push(row('count', 'orders', 'NULL', 'coalesce(sum(window_orders), 0)', 'NULL', ' FROM summary'));
  cutRows.push(row('count', 'scoredCustomers', 'NULL', 'count(*)', 'NULL', ' FROM scored'));
  for (const dim of dims) {
    for (let s = 1; s < (rfm.method === 'mean' || rfm.method === 'median' ? 2 : k); s++) {
      let value: string;
      let from = ' FROM cuts CROSS JOIN ctx';
      if (rfm.method === 'rank') {
        // The worst value of level s + 1 (F, M: its minimum; R: its maximum); NULL when the level is empty.
        value = `${dim === 'r' ? 'max' : 'min'}(e.${column[dim]})`;
        from = ` FROM scored AS sc JOIN eligible AS e ON e.customer_id = sc.customer_id WHERE sc.${dim} = ${s + 1}`;
      } else if (rfm.method === 'rfm-package') value = `cuts.${dim}_break_${s}`;
      else if (rfm.method === 'thresholds') value = `ctx.${dim}_cut_${s}`;
      else value = `cuts.${dim}_split`;
      cutRows.push(row('rfmCut', dim, String(s), value, 'NULL', from));
    }
  }
  for (const dim of dims) cutRows.push(row('eightSplit', dim, 'NULL', `cuts.${dim}_eight_split`, 'NULL', ' FROM cuts'));
  cutRows.push(...abcCutRows(row));
  return { ctes, customers, cuts: `${cutRows.join('\nUNION ALL\n')}\nORDER BY item` };
}

/** ABC and pyramid rankings over `from` (a relation with customer_id and the id keys). */
function rankingCtes(d: Dialect, abcMetric: string, pyramidMetric: string, from: string, scored = false): string {
  // Without any scorable customer the app has no RFM result: segments are then NULL, not 'others'.
  const scoredCount = scored ? '\n    (SELECT count(*) FROM scored) AS scored_count,' : '';
  const dbl = d.types.double;
  return `-- ABC (METHOD §3): rank by the metric descending, ties by id; share of the positive total; running sum in rank order.
ranked AS (
  SELECT
    id_keys.customer_id,
    ${abcMetric} AS metric_value,
    row_number() OVER (ORDER BY CASE WHEN ${abcMetric} IS NULL THEN 1 ELSE 0 END, ${abcMetric} DESC, ${idOrder(d, 'id_keys.')}) AS abc_rank,
    row_number() OVER (ORDER BY CASE WHEN ${pyramidMetric} IS NULL THEN 1 ELSE 0 END, ${pyramidMetric} DESC, ${idOrder(d, 'id_keys.')}) AS pyramid_rank,
    count(*) OVER () AS customer_count
  FROM ${from}
),
abc_total AS (
  SELECT coalesce(sum(CASE WHEN metric_value > 0 THEN metric_value END), 0) AS total FROM ranked
),
shares AS (
  SELECT ranked.*, CASE WHEN ranked.metric_value > 0 THEN ranked.metric_value / abc_total.total ELSE CAST(0 AS ${dbl}) END AS share
  FROM ranked CROSS JOIN abc_total
),
abc AS (
  SELECT
    shares.*,${scoredCount}
    sum(share) OVER (ORDER BY abc_rank ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum_share,
    coalesce(sum(share) OVER (ORDER BY abc_rank ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS previous_share
  FROM shares
)`;
}

function abcCutRows(row: (kind: string, name: string, level: string, value: string, text: string, from?: string) => string): string[] {
  return [
    row('abcCut', 'A', 'NULL', 'abc_a', 'NULL', ' FROM params'),
    row('abcCut', 'B', 'NULL', 'abc_b', 'NULL', ' FROM params'),
    row('abcTotal', 'total', 'NULL', 'total', 'NULL', ' FROM abc_total'),
    row('count', 'abcNonPositive', 'NULL', 'count(*)', 'NULL', ' FROM ranked WHERE NOT (metric_value > 0) OR metric_value IS NULL')
  ];
}

function finalSelect(
  d: Dialect,
  config: AnalysisConfig,
  parts: { recency: string; frequency: string; monetary: string; revenue: string; rfmJoin: string; stage: string; summaryJoin: string }
): string {
  const { rule } = config.abc;
  const cls =
    rule === 'textbook'
      ? `CASE WHEN NOT (ab.metric_value > 0) OR ab.metric_value IS NULL THEN 'C' WHEN ab.cum_share <= ctx.abc_a + ${epsilon} THEN 'A' WHEN ab.cum_share <= ctx.abc_b + ${epsilon} THEN 'B' ELSE 'C' END`
      : `CASE WHEN NOT (ab.metric_value > 0) OR ab.metric_value IS NULL THEN 'C' WHEN ab.previous_share < ctx.abc_a - ${epsilon} THEN 'A' WHEN ab.previous_share < ctx.abc_b - ${epsilon} THEN 'B' ELSE 'C' END`;
  const keys = tierKeys(config.pyramid.tiers.length);
  const position = `CAST(ab.pyramid_rank AS ${d.types.double}) / ab.customer_count`;
  const tier = `CASE ${keys
    .slice(0, -1)
    .map((key, i) => `WHEN ctx.tier_cut_${i + 1} >= ${position} - ${epsilon} THEN '${key}'`)
    .join(' ')} ELSE '${keys[keys.length - 1]}' END`;
  const t = d.types.text;
  const scores = parts.rfmJoin !== '';
  const rfmText = scores ? `CASE WHEN n.r IS NULL THEN NULL ELSE CONCAT(CAST(n.r AS ${t}), CAST(n.f AS ${t}), CAST(n.m AS ${t})) END` : `CAST(NULL AS ${t})`;
  const score = (dim: string) => (scores ? `n.${dim}` : `CAST(NULL AS ${d.types.integer})`);
  const a = d.alias;
  return `SELECT
  ab.customer_id AS ${a('id')},
  ab.abc_rank AS ${a('rank')},
  ${parts.recency} AS ${a('recencyDays')},
  ${parts.frequency} AS ${a('frequency')},
  ${parts.monetary} AS ${a('monetary')},
  ${parts.revenue} AS ${a('revenue')},
  ${score('r')} AS ${a('r')},
  ${score('f')} AS ${a('f')},
  ${score('m')} AS ${a('m')},
  ${rfmText} AS ${a('rfm')},
  ${parts.rfmJoin ? `CASE WHEN ab.scored_count = 0 THEN NULL ELSE coalesce(n.segment, ${d.literal(othersSegment)}) END` : `CAST(NULL AS ${t})`} AS ${a('segment')},
  ${scores ? 'n.eight_class' : `CAST(NULL AS ${t})`} AS ${a('eightClass')},
  ab.metric_value AS ${a('abcValue')},
  ab.share AS ${a('share')},
  ab.cum_share AS ${a('cumShare')},
  ${cls} AS ${a('abcClass')},
  ${tier} AS ${a('pyramidTier')},
  ${parts.stage} AS ${a('lifecycleStage')}
FROM abc AS ab
CROSS JOIN ctx
${parts.summaryJoin}
${parts.rfmJoin}
ORDER BY ab.abc_rank`;
}

function customerParts(d: Dialect, options: WarehouseSqlOptions): Parts {
  const { config, source } = options;
  const has = (c: NormalisedColumn) => hasColumn(source, c);
  const dbl = d.types.double;
  const int = d.types.integer;
  const metricColumn = (metric: string) => metric;
  const sums: string[] = [];
  const profit = has('profit') ? 'sum(profit)' : has('cost') && has('amount') ? 'sum(amount - cost)' : `CAST(0 AS ${dbl})`;
  sums.push(`${has('amount') ? 'coalesce(sum(amount), 0)' : `CAST(0 AS ${dbl})`} AS revenue`);
  sums.push(`${profit} AS profit`);
  sums.push(`${has('quantity') ? 'sum(quantity)' : `CAST(0 AS ${dbl})`} AS quantity`);
  sums.push(`${has('payment') ? 'sum(payment)' : `CAST(0 AS ${dbl})`} AS payment`);
  const ctes = [
    paramsSql(d, config),
    `-- The rows as Kefen read them (a customer table: one row per customer, later duplicates already rejected).
src AS (
  ${sourceSql(d, source, 'customers')}
)`,
    `ctx AS (
  SELECT params.*, CAST(NULL AS ${int}) AS d, CAST(NULL AS ${int}) AS s FROM params
)`,
    `-- A customer's numbers (several rows would add up; a number missing on every row stays missing, revenue 0).
summary AS (
  SELECT customer_id, ${sums.join(', ')}
  FROM src
  WHERE customer_id IS NOT NULL
  GROUP BY customer_id
)`,
    `-- Kefen's order of customer ids (ties everywhere are broken by it).
id_keys AS (
  ${idKeysSql(d, 'summary')}
)`,
    rankingCtes(d, `summary.${metricColumn(config.abc.metric)}`, `summary.${metricColumn(config.pyramid.metric)}`, 'summary JOIN id_keys ON id_keys.customer_id = summary.customer_id')
  ];
  const customers = finalSelect(d, config, {
    recency: `CAST(NULL AS ${dbl})`,
    frequency: `CAST(NULL AS ${dbl})`,
    monetary: `CAST(NULL AS ${dbl})`,
    revenue: 's.revenue',
    rfmJoin: '',
    stage: `CAST(NULL AS ${d.types.text})`,
    summaryJoin: 'JOIN summary AS s ON s.customer_id = ab.customer_id'
  });
  let item = 0;
  const row = (kind: string, name: string, level: string, value: string, text: string, from = '') =>
    `SELECT ${++item} AS item, '${kind}' AS kind, '${name}' AS name, CAST(${level} AS ${int}) AS level, CAST(${value} AS ${dbl}) AS value, CAST(${text} AS ${d.types.text}) AS text${from}`;
  const cutRows = [
    row('count', 'rows', 'NULL', 'count(*)', 'NULL', ' FROM src'),
    row('count', 'rowsWithoutCustomer', 'NULL', 'count(*)', 'NULL', ' FROM src WHERE customer_id IS NULL'),
    row('count', 'customers', 'NULL', 'count(*)', 'NULL', ' FROM summary'),
    ...abcCutRows(row)
  ];
  return { ctes, customers, cuts: `${cutRows.join('\nUNION ALL\n')}\nORDER BY item` };
}

function settingsLine(config: AnalysisConfig, shape: 'transactions' | 'customers'): string {
  const { summary, abc, rfm, lifecycle, pyramid } = config;
  const pct = (x: number) => `${+(x * 100).toFixed(4)} %`;
  const common = [`ABC on ${abc.metric} at ${pct(abc.a)} / ${pct(abc.b)} (${abc.rule} rule)`, `pyramid on ${pyramid.metric}: ${pyramid.tiers.map(pct).join(', ')}`];
  if (shape === 'customers') return common.join('; ');
  return [
    `analysis date ${summary.analysisDate ?? 'latest date in the data'}`,
    `window ${summary.windowDays === null ? 'all history' : `${summary.windowDays} days`}`,
    `frequency ${summary.frequency}`,
    `monetary ${summary.monetary}`,
    ...common,
    `RFM ${rfm.method} with ${rfm.bins} levels`,
    `segments ${rfm.segments}`,
    `8-class split ${rfm.split}`,
    `lifecycle W ${lifecycle.windowDays} days, H ${lifecycle.horizonDays} days, g ${pct(lifecycle.band)}${lifecycle.snapshot ? `, snapshot ${lifecycle.snapshot}` : ''}`
  ].join('; ');
}

/** Statement 1 (one row per customer) and statement 2 (cut points and counts), each a complete query. */
export function warehouseStatements(options: WarehouseSqlOptions): { customers: string; cuts: string } {
  check(options);
  const d = dialectOf(options.dialect);
  const parts = options.shape === 'customers' ? customerParts(d, options) : transactionParts(d, options);
  const withClause = `WITH\n${parts.ctes.join(',\n')}\n`;
  return { customers: `${withClause}${parts.customers};\n`, cuts: `${withClause}${parts.cuts};\n` };
}

/**
 * SQL in the given dialect that reproduces `kefen analyze`'s per-customer fields (METHOD §2–§6): the
 * summary, RFM scores and segment, the 8-class model, ABC, pyramid tier and lifecycle stage; then a
 * second statement with the cut points used and the row counts. Throws a RangeError on a setting it
 * cannot express (the message says what was received).
 */
export function warehouseSql(options: WarehouseSqlOptions): string {
  const { customers, cuts } = warehouseStatements(options);
  const d = dialectOf(options.dialect);
  const reads =
    options.source.kind === 'raw'
      ? `the raw file ${options.source.file} (read_csv reads it exactly as Kefen does)`
      : options.source.file !== undefined
        ? `the normalised file ${options.source.file} (kefen normalize)`
        : `the table ${options.source.table ?? 'kefen_rows'} (the normalised rows; see --ddl)`;
  return `-- Kefen (客分): per-customer summary, RFM, 8-class, ABC, pyramid and lifecycle, as \`kefen analyze\` computes them
-- (METHOD.md §2–§6). ${d.label} SQL reading ${reads}.
-- Settings: ${settingsLine(options.config, options.shape)}.
-- Statement 1: one row per customer in ABC rank order (ties by customer id). Statement 2: the cut points used and the counts.
-- ${d.label}-specific, and why:
${d.reasons.map((r) => `--   ${r}`).join('\n')}
-- Numbers agree with the app to rounding: sums may add in another order than the app's.

${customers}
${cuts}`;
}

/** The CREATE TABLE of the normalised columns in a dialect. */
export function ddlSql(dialect: DialectName, table: string, columns: readonly NormalisedColumn[]): string {
  const d = dialectOf(dialect);
  const lines = columns.map((c) => `  ${d.ident(c)} ${d.types[normalisedTypes[c] === 'integer' ? 'integer' : normalisedTypes[c]]}`);
  return `-- The rows of \`kefen normalize\` (${d.label}); load the normalised CSV into it (header row, empty = NULL).\nCREATE TABLE ${table} (\n${lines.join(',\n')}\n);\n`;
}
