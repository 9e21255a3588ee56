import { segmentRules } from '../analysis/presets.ts';
import type { RfmConfig } from '../analysis/rfm.ts';
import { eightClasses, gridSegmentK, othersSegment } from '../analysis/rfmSegments.ts';
import { idOrder } from './idOrderSql.ts';
import { literal, num } from './sqlLiterals.ts';

/** Score expression of one dimension; `value` is the column, `better` whether higher values are better. */
export function scoreExpr(rfm: RfmConfig, dim: 'r' | 'f' | 'm', value: string, better: 'higher' | 'lower'): string {
  const k = rfm.bins;
  switch (rfm.method) {
    case 'rank': {
      // r = 1 + customers strictly worse = rank() among eligible customers ordered worst first.
      const worstFirst = better === 'higher' ? 'ASC' : 'DESC';
      return `1 + floor(${k} * (rank() OVER (ORDER BY ${value} ${worstFirst}) - 1) / count(*) OVER ())`;
    }
    case 'rfm-package': {
      // Bins [lower, upper) with lower = (min, breaks…), upper = (breaks…, max + 1): the bin is the number of breaks ≤ value.
      const bins = Array.from({ length: k - 1 }, (_, s) => `CASE WHEN ${value} >= breaks.${dim}${s + 1} THEN 1 ELSE 0 END`).join(' + ');
      return better === 'higher' ? `1 + ${bins}` : `${k} - (${bins})`;
    }
    case 'thresholds': {
      const cuts = rfm.thresholds[dim];
      if (cuts.length !== k - 1) throw new RangeError(`invalid thresholds: ${cuts.length} cut points for ${k} levels (expected ${k - 1})`);
      cuts.forEach((c, i) => {
        if (!Number.isFinite(c) || (i > 0 && !(c > cuts[i - 1]))) throw new RangeError(`invalid thresholds: ${cuts.join(', ')} (expected ascending numbers)`);
      });
      // Right-closed bins (−∞, c1], (c1, c2], …: the bin is the number of cut points below the value.
      const bins = cuts.map((c) => `CASE WHEN ${value} > ${num(c, 'threshold')} THEN 1 ELSE 0 END`).join(' + ');
      return better === 'higher' ? `1 + ${bins}` : `${k} - (${bins})`;
    }
    case 'mean':
    case 'median': {
      const high = better === 'higher' ? `${value} > split.${dim}` : `${value} < split.${dim}`;
      return `CASE WHEN ${high} THEN ${k} ELSE 1 END`;
    }
    default:
      throw new RangeError(`invalid RFM method: ${String(rfm.method)}`);
  }
}

/** CASE expression naming each customer's segment from r, f, m (NULL scores: 'others'). */
export function segmentExpr(rfm: RfmConfig): string {
  const k = rfm.bins;
  const lines: string[] = [];
  if (rfm.segments === 'grid') {
    // The R × F grid of METHOD §5 (k levels mapped onto the 5-level grid), one line per R level and segment.
    for (let r = k; r >= 1; r--) {
      const byName = new Map<string, number[]>();
      for (let f = 1; f <= k; f++) {
        const name = gridSegmentK(r, f, k);
        byName.set(name, [...(byName.get(name) ?? []), f]);
      }
      for (const [name, fs] of byName) lines.push(`      WHEN r = ${r} AND f IN (${fs.join(', ')}) THEN ${literal(name)}`);
    }
  } else if (rfm.segments === 'eight') {
    // The 8-class model: High = better than the split (R: fewer days; F, M: more).
    for (const c of eightClasses) {
      const cond = (['r', 'f', 'm'] as const).map((d) => `${c[d] ? '' : 'NOT '}${d}_high`).join(' AND ');
      lines.push(`      WHEN ${cond} THEN ${literal(c.key)}`);
    }
  } else if (rfm.segments === 'rfm-package-vignette' || rfm.segments === 'rfm-package-tests' || rfm.segments === 'custom') {
    // An ordered rule table: inclusive score ranges, the first matching row wins.
    for (const rule of segmentRules(rfm.segments, rfm.customSegments)) {
      const range = (dim: string, [lo, hi]: [number, number]) => `${dim} BETWEEN ${num(lo, 'segment range')} AND ${num(hi, 'segment range')}`;
      lines.push(`      WHEN ${range('r', rule.r)} AND ${range('f', rule.f)} AND ${range('m', rule.m)} THEN ${literal(rule.name)}`);
    }
  } else {
    throw new RangeError(`invalid segment scheme: ${String(rfm.segments)}`);
  }
  return `CASE\n      WHEN r IS NULL THEN ${literal(othersSegment)}\n${lines.join('\n')}\n      ELSE ${literal(othersSegment)}\n    END`;
}

/** The CTEs that score R, F and M among eligible customers (and the 8-class flags when needed). */
export function rfmCtes(rfm: RfmConfig, probabilities: number[]): string {
  const parts: string[] = [];
  const from: string[] = ['eligible'];
  if (rfm.method === 'rfm-package') {
    // The R package's breaks: quantile type 7 (quantile_cont) at 1/k … (k − 1)/k, plus 1.
    const breaks = (dim: string, column: string) =>
      probabilities.map((p, s) => `quantile_cont(${column}, ${p}) + 1 AS ${dim}${s + 1}`).join(',\n    ');
    parts.push(`-- 8a. Breaks of the R package rfm (quantile type 7 plus 1).
breaks AS (
  SELECT
    ${breaks('r', 'recency_days')},
    ${breaks('f', 'frequency')},
    ${breaks('m', 'monetary')}
  FROM eligible
),`);
    from.push('breaks');
  }
  // The mean adds in customer order, as the app does (bit-identical sums); the median is quantile type 7 at 0.5.
  const agg = (column: string, m: string) => (m === 'mean' ? `sum(${column} ORDER BY ${idOrder}) / count(*)` : `quantile_cont(${column}, 0.5)`);
  if (rfm.method === 'mean' || rfm.method === 'median') {
    const m = rfm.method;
    parts.push(`-- 8b. The ${m} of each dimension over the scorable customers (High = better than it).
split AS (
  SELECT ${agg('recency_days', m)} AS r, ${agg('frequency', m)} AS f, ${agg('monetary', m)} AS m
  FROM eligible
),`);
    from.push('split');
  }
  if (rfm.segments === 'eight') {
    const m = rfm.split;
    parts.push(`-- 8c. The 8-class model splits at the ${m} (setting "split"), whatever the scoring method.
eight_split AS (
  SELECT ${agg('recency_days', m)} AS r, ${agg('frequency', m)} AS f, ${agg('monetary', m)} AS m
  FROM eligible
),
eight AS (
  SELECT customer_id, recency_days < es.r AS r_high, frequency > es.f AS f_high, monetary > es.m AS m_high
  FROM eligible, eight_split es
),`);
  }
  parts.push(`-- 8. RFM scores 1..${rfm.bins} (higher is better; for R fewer days is better), method ${rfm.method}.
scored AS (
  SELECT
    customer_id,
    CAST(${scoreExpr(rfm, 'r', 'recency_days', 'lower')} AS INTEGER) AS r,
    CAST(${scoreExpr(rfm, 'f', 'frequency', 'higher')} AS INTEGER) AS f,
    CAST(${scoreExpr(rfm, 'm', 'monetary', 'higher')} AS INTEGER) AS m
  FROM ${from.join(', ')}
),`);
  return parts.join('\n');
}
