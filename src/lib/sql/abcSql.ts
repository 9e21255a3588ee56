import type { AnalysisConfig } from '../analysis/analyze.ts';
import { idOrder } from './idOrderSql.ts';
import { num } from './sqlLiterals.ts';

/** The ABC class expression of the settings (on columns value, share, cum_share), after `indent`. */
export function abcSql(config: AnalysisConfig, indent: string): string {
  const { a, b, rule } = config.abc;
  const eps = '1e-9'; // tolerance of the app for floating-point sums of shares
  const cls =
    rule === 'textbook'
      ? `CASE WHEN NOT (value > 0) OR value IS NULL THEN 'C' WHEN cum_share <= ${num(a, 'A')} + ${eps} THEN 'A' WHEN cum_share <= ${num(b, 'B')} + ${eps} THEN 'B' ELSE 'C' END`
      : `CASE WHEN NOT (value > 0) OR value IS NULL THEN 'C' WHEN cum_share - share < ${num(a, 'A')} - ${eps} THEN 'A' WHEN cum_share - share < ${num(b, 'B')} - ${eps} THEN 'B' ELSE 'C' END`;
  return `${indent}${cls}`;
}

/** The ABC ranking of CTE \`ranked\` (customer_id, value, sort keys): rank, share and cumulative share. */
export function sharesSql(): string {
  return `-- The positive total, added in customer order; shares and their running sum in rank order.
total AS (
  SELECT sum(value ORDER BY ${idOrder}) FILTER (WHERE value > 0) AS total FROM ranked
),
shared AS (
  SELECT ranked.*, CASE WHEN value > 0 THEN value / total.total ELSE 0 END AS share
  FROM ranked, total
),
shares AS (
  SELECT
    *,
    row_number() OVER rank_order - 1 AS abc_rank,
    sum(share) OVER (rank_order ROWS UNBOUNDED PRECEDING) AS cum_share
  FROM shared
  WINDOW rank_order AS (ORDER BY value DESC NULLS LAST, ${idOrder})
)`;
}
