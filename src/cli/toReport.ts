import { absentMetrics, availableMetrics } from '../lib/analysis/availableMetrics.ts';
import { isoOfDay } from '../lib/analysis/day.ts';
import { profitGroups } from '../lib/analysis/profitability.ts';
import { tierKeys } from '../lib/analysis/pyramid.ts';
import { eightClasses } from '../lib/analysis/rfmSegments.ts';
import type { AnalysisConfig, AnalysisResult } from '../lib/analysis/analyze.ts';
import type { RfmThresholds, SegmentSummary } from '../lib/analysis/rfm.ts';
import type { ValueIndicator } from '../lib/analysis/valueScore.ts';
import type { EngineMessage, SummaryStats } from '../lib/analysis/types.ts';
import type { ImportReport } from '../lib/import/ImportReport.ts';
import type { BgnbdName } from '../lib/analysis/bgnbd.ts';
import type { GammaGammaName } from '../lib/analysis/gammaGamma.ts';
import type { FitSummary } from '../lib/analysis/modelFit.ts';
import type { ValueForecastResult } from '../lib/analysis/valueForecast.ts';

/** One customer of the report (numbers not defined for the customer are null). */
export interface CustomerReport {
  id: string;
  rank: number;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  revenue: number;
  r: number | null;
  f: number | null;
  m: number | null;
  rfm: string | null;
  segment: string | null;
  /** The 8-class model's class (METHOD §5), null when not scored. */
  eightClass: string | null;
  abcValue: number | null;
  abcClass: string;
  share: number;
  cumShare: number;
  pyramidTier: string;
  lifecycleStage: string | null;
  valueScore: number | null;
  /** Value-score tier (1 = highest band; 0 below every band). */
  valueTier: number | null;
  /** Profitability group: profitable, mixed or loss; null without profit data. */
  profitGroup: string | null;
  /** With --model bgnbd (METHOD §9): null where not defined (not in the base, or the model not fitted). */
  x?: number | null;
  tx?: number | null;
  T?: number | null;
  pAlive?: number | null;
  expectedPurchases?: number | null;
  expectedOrderValue?: number | null;
  clv?: number | null;
}

/** A fitted model in the report: parameters, log-likelihood, standard errors and convergence. */
export interface ModelReport<P extends string> {
  params: Record<P, number>;
  logLikelihood: number;
  standardErrors: Record<P, number | null>;
  converged: boolean;
  iterations: number;
  atBound: P[];
  customers: number;
}

/** The summary's counts that the report's dataset repeats, in the report's order. */
const countKeys = ['rowsWithoutCustomer', 'rowsAfterAnalysisDate', 'rowsBeforeWindow', 'customers', 'orders', 'totalAmount'] as const;
type SummaryCounts = Pick<SummaryStats, (typeof countKeys)[number]>;
const summaryCounts = (stats: SummaryStats) => Object.fromEntries(countKeys.map((key) => [key, stats[key]])) as SummaryCounts;

/** The command line's JSON report: dataset counts, settings, the customer table and each method's summary. */
export interface Report {
  dataset: {
    file: string;
    encoding: string;
    shape: 'transactions' | 'customers';
    rowsRead: number;
    rowsAccepted: number;
    rowsRejected: number;
    /** Rejected rows counted by reason (i18n key → rows), all of them. */
    rejectedByReason: Record<string, number>;
    /** Transactions: the plausible date range applied and the rows set aside outside it (null without dates). */
    plausibleDates: { from: string | null; to: string | null; setAsideBefore: number; setAsideAfter: number } | null;
    /** Characters of the file that could not be decoded in its encoding (U+FFFD). */
    unreadableCharacters: number;
    analysisDate: string | null;
    firstDate: string | null;
    lastDate: string | null;
    columns: Record<string, string>;
    /** The customer metrics this dataset offers, and the engine's metrics it lacks (their columns were not mapped). */
    metrics: string[];
    absentMetrics: string[];
  } & SummaryCounts;
  /** Every setting as the engine used it (a section that fell back, e.g. ABC on an absent metric, shows what was used). */
  settings: AnalysisConfig;
  customers: CustomerReport[];
  abc: {
    metric: string;
    total: number;
    nonPositive: number;
    gini: number;
    classes: { class: string; customers: number; customerShare: number; value: number; valueShare: number; mean: number }[];
  };
  pyramid: { tiers: { tier: string; customers: number; customerShare: number; value: number; valueShare: number }[] };
  rfm: {
    method: string;
    bins: number;
    thresholds: RfmThresholds;
    emptyLevels: { r: number[]; f: number[]; m: number[] };
    segments: Omit<SegmentSummary, 'action'>[];
    eight: { split: { r: number; f: number; m: number }; classes: Omit<SegmentSummary, 'action'>[] };
  } | null;
  lifecycle: { snapshotDate: string; stages: { stage: string; customers: number; revenue: number }[] } | null;
  concentration: { top1Share: number; top5Share: number; top10Share: number; hhi: number; gini: number; warning: boolean; largest: string | null };
  keyAccounts: {
    standard: 'rolling' | 'classA';
    months: number;
    threshold: number | null;
    points: { month: string; count: number; partial: boolean; entries: string[]; exits: string[] }[];
  } | null;
  bigTicket: { classes: string[]; windowDays: number; customers: string[]; pending: string[] } | null;
  /** Null when the dataset has neither a profit column nor cost beside the amount. */
  profitability: {
    byProduct: boolean;
    /** Column customers; null = the other customers merged. */
    customers: (string | null)[];
    /** One row per product; product null = the other products and rows without a product. */
    rows: { product: string | null; profit: number[] }[];
    otherProducts: number;
    otherCustomers: number;
    groups: { group: string; customers: number; profit: number; revenue: number }[];
  } | null;
  valueScore: {
    normalisation: 'minmax' | 'percentile';
    bands: number[];
    /** The indicators used, weights renormalised to sum to 1. */
    indicators: ValueIndicator[];
    skipped: string[];
    tiers: { tier: number; lower: number; customers: number; revenue: number }[];
    quadrants: { quadrant: string; customers: number }[];
  };
  breakdown: {
    attribute: string;
    metric: string;
    attributes: string[];
    /** label null = customers without a value for the attribute. */
    rows: { label: string | null; customers: number; customerShare: number; value: number; valueShare: number; classMix: { A: number; B: number; C: number } }[];
  };
  plan: {
    classes: {
      class: string;
      customers: number;
      minYearlyRevenue: number | null;
      maxYearlyRevenue: number | null;
      meanYearlyRevenue: number | null;
      minYearlyOrders: number | null;
      medianYearlyOrders: number | null;
      phoneWeeks: number;
      visitMonths: number;
      measures: string;
    }[];
  };
  /** With --model bgnbd: the value forecast's fits (a model not fitted is null, its reason in `notFitted`); null when the forecast could not run (no dates: see notes). */
  model?: {
    calibrationEnd: string;
    timeUnit: string;
    horizon: number;
    discountRate: number;
    customers: number;
    repeatBuyers: number;
    bgnbd: ({ r: number; alpha: number; a: number; b: number } & Omit<ModelReport<BgnbdName>, 'params'>) | null;
    gammaGamma: ({ p: number; q: number; gamma: number } & Omit<ModelReport<GammaGammaName>, 'params'>) | null;
    notFitted: { bgnbd: { code: string; message: string } | null; gammaGamma: { code: string; message: string } | null };
    frequencyValueCorrelation: number | null;
    holdout: { length: number; totalActual: number; totalPredicted: number; errorPercent: number | null; conditional: { frequency: number; customers: number; actual: number | null; predicted: number | null }[] } | null;
  } | null;
  notes: (EngineMessage & { message: string })[];
  rejectedRows: ImportReport['rejected'];
}

function modelOf<P extends string>(fit: FitSummary<P>) {
  return {
    ...fit.params,
    logLikelihood: fit.logLikelihood,
    standardErrors: Object.fromEntries(Object.entries(fit.standardErrors).map(([k, v]) => [k, finite(v as number)])) as Record<P, number | null>,
    converged: fit.converged,
    iterations: fit.iterations,
    atBound: fit.atBound,
    customers: fit.customers
  };
}

function forecastReport(forecast: ValueForecastResult, translate: (message: EngineMessage) => string): NonNullable<Report['model']> {
  const reason = (code: string | null) => {
    if (!code) return null;
    const note = forecast.notes.find((n) => n.code === code) ?? { code };
    return { code, message: translate(note) };
  };
  const h = forecast.holdout;
  return {
    calibrationEnd: forecast.config.calibrationEnd,
    timeUnit: forecast.config.timeUnit,
    horizon: forecast.config.horizon,
    discountRate: forecast.config.discountRate,
    customers: forecast.customers,
    repeatBuyers: forecast.repeatBuyers,
    bgnbd: forecast.bgnbd && modelOf(forecast.bgnbd),
    gammaGamma: forecast.gammaGamma && modelOf(forecast.gammaGamma),
    notFitted: { bgnbd: reason(forecast.notFitted.bgnbd), gammaGamma: reason(forecast.notFitted.gammaGamma) },
    frequencyValueCorrelation: finite(forecast.frequencyValueCorrelation),
    holdout: h && {
      length: h.length,
      totalActual: h.totalActual,
      totalPredicted: h.totalPredicted,
      errorPercent: finite(h.errorPercent),
      conditional: h.conditional.map((c) => ({ frequency: c.frequency, customers: c.customers, actual: finite(c.actual), predicted: finite(c.predicted) }))
    }
  };
}

const finite = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);
const iso = (day: number): string | null => (Number.isFinite(day) ? isoOfDay(day) : null);
const segmentOf = ({ action: _action, ...rest }: SegmentSummary) => rest;

/** Scorecard quadrants by code (ValueScoreResult.quadrant). */
export const quadrantKeys = ['high-high', 'high-realised', 'high-potential', 'low-low'] as const;

/** How many rejected rows the report lists in detail (all are counted). */
export const reportedRejects = 50;

/**
 * The JSON report of one analysis: dataset counts from the import report and the summary, the
 * customer table in ABC rank order, and each method's summary. Shares are fractions in [0, 1];
 * values the engine leaves undefined (NaN) are null.
 */
export function toReport(input: {
  file: string;
  encoding: string;
  report: ImportReport;
  columns: Record<string, string>;
  config: AnalysisConfig;
  result: AnalysisResult;
  translate: (message: EngineMessage) => string;
  /** Characters that could not be decoded (U+FFFD). */
  replacements?: number;
}): Report {
  const { result, report, config } = input;
  const { summary, abc, pyramid, rfm, lifecycle, concentration, keyAccounts, bigTicket, profitability, valueScore, breakdown, plan, forecast } = result;
  const stats = summary.stats;
  const idOf = (i: number) => summary.ids[i];
  const hasDates = summary.shape === 'transactions';
  const tiers = tierKeys(pyramid.tiers.length);
  const customers: CustomerReport[] = Array.from(abc.order, (i, rank) => {
    const scored = rfm !== null && rfm.r[i] > 0;
    const stage = lifecycle ? lifecycle.stage[i] : 255;
    return {
      id: summary.ids[i],
      rank: rank + 1,
      recencyDays: finite(summary.recencyDays[i]),
      frequency: finite(summary.frequency[i]),
      monetary: hasDates ? finite(summary.monetary[i]) : null,
      revenue: summary.revenue[i],
      r: scored ? rfm.r[i] : null,
      f: scored ? rfm.f[i] : null,
      m: scored ? rfm.m[i] : null,
      rfm: scored ? `${rfm.r[i]}${rfm.f[i]}${rfm.m[i]}` : null,
      segment: rfm ? rfm.segments[rfm.segment[i]].name : null,
      eightClass: rfm && rfm.eight.cls[i] < eightClasses.length ? eightClasses[rfm.eight.cls[i]].key : null,
      abcValue: finite(abc.value[i]),
      abcClass: 'ABC'[abc.cls[i]],
      share: abc.share[i],
      cumShare: abc.cumShare[i],
      pyramidTier: tiers[pyramid.tier[i]],
      lifecycleStage: lifecycle && stage !== 255 ? lifecycle.stageKeys[stage] : null,
      valueScore: finite(valueScore.score[i]),
      valueTier: valueScore.tier[i],
      profitGroup: profitGroups[profitability.group[i]] ?? null,
      ...(forecast
        ? {
            x: finite(forecast.x[i]),
            tx: finite(forecast.tx[i]),
            T: finite(forecast.T[i]),
            pAlive: finite(forecast.pAlive[i]),
            expectedPurchases: finite(forecast.expectedPurchases[i]),
            expectedOrderValue: finite(forecast.expectedOrderValue[i]),
            clv: finite(forecast.clv[i])
          }
        : {})
    };
  });
  return {
    dataset: {
      file: input.file,
      encoding: input.encoding,
      shape: summary.shape,
      rowsRead: report.rowsRead,
      rowsAccepted: report.rowsAccepted,
      rowsRejected: report.rowsRejected,
      rejectedByReason: report.rejectedByReason,
      plausibleDates: report.dateRange && { from: iso(report.dateRange.from), to: iso(report.dateRange.to), setAsideBefore: report.dateRange.before, setAsideAfter: report.dateRange.after },
      unreadableCharacters: input.replacements ?? 0,
      ...summaryCounts(stats),
      analysisDate: iso(summary.analysisDay),
      firstDate: iso(stats.firstDay),
      lastDate: iso(stats.lastDay),
      columns: input.columns,
      metrics: availableMetrics(summary),
      absentMetrics: absentMetrics(summary)
    },
    settings: {
      ...config,
      abc: abc.config,
      rfm: rfm ? rfm.config : config.rfm,
      keyAccounts: keyAccounts ? keyAccounts.config : config.keyAccounts,
      valueScore: valueScore.config,
      breakdown: { ...config.breakdown, metric: breakdown.metric }
    },
    customers,
    abc: {
      metric: abc.metric,
      total: abc.total,
      nonPositive: abc.nonPositive,
      gini: abc.gini,
      classes: abc.classes.map((c) => ({
        class: c.cls,
        customers: c.customers,
        customerShare: c.customerShare,
        value: c.value,
        valueShare: c.valueShare,
        mean: c.mean
      }))
    },
    pyramid: {
      tiers: pyramid.tiers.map((t) => ({ tier: t.key, customers: t.customers, customerShare: t.customerShare, value: t.value, valueShare: t.valueShare }))
    },
    rfm: rfm && {
      method: rfm.config.method,
      bins: rfm.config.bins,
      thresholds: rfm.thresholds,
      emptyLevels: rfm.emptyLevels,
      segments: rfm.segments.map(segmentOf),
      eight: { split: rfm.eight.split, classes: rfm.eight.classes.map(segmentOf) }
    },
    lifecycle: lifecycle && {
      snapshotDate: isoOfDay(lifecycle.snapshotDay),
      stages: lifecycle.stages.map((s) => ({ stage: s.stage, customers: s.customers, revenue: s.revenue }))
    },
    concentration: {
      top1Share: concentration.top1Share,
      top5Share: concentration.top5Share,
      top10Share: concentration.top10Share,
      hhi: concentration.hhi,
      gini: concentration.gini,
      warning: concentration.warning,
      largest: concentration.largest >= 0 ? summary.ids[concentration.largest] : null
    },
    keyAccounts: keyAccounts && {
      standard: keyAccounts.config.standard,
      months: keyAccounts.config.months,
      threshold: finite(keyAccounts.threshold),
      points: keyAccounts.months.map((month, k) => ({
        month,
        count: keyAccounts.counts[k],
        partial: keyAccounts.partial?.[k] ?? false,
        entries: keyAccounts.entries[k].map(idOf),
        exits: keyAccounts.exits[k].map(idOf)
      }))
    },
    bigTicket: bigTicket && {
      classes: config.bigTicket.classes,
      windowDays: config.bigTicket.windowDays,
      customers: bigTicket.customers.map(idOf),
      pending: (bigTicket.pending ?? []).map(idOf)
    },
    profitability: profitability.available
      ? {
          byProduct: profitability.byProduct ?? true,
          customers: profitability.customers.map((c) => (c === null ? null : idOf(c))),
          // The merged row is the last one, labelled '' (a real product is never an empty label).
          rows: profitability.products.map((product, p) => ({
            product: product === '' && p === profitability.products.length - 1 ? null : product,
            profit: profitability.cells[p]
          })),
          otherProducts: profitability.otherProducts ?? 0,
          otherCustomers: profitability.otherCustomers ?? 0,
          groups: profitability.groups.map((g) => ({ group: g.group, customers: g.customers, profit: g.profit, revenue: g.revenue }))
        }
      : null,
    valueScore: {
      normalisation: valueScore.config.normalisation,
      bands: valueScore.config.bands,
      indicators: valueScore.used ?? [],
      skipped: valueScore.skipped ?? [],
      tiers: valueScore.tiers.map((t) => ({ tier: t.tier, lower: t.lower, customers: t.customers, revenue: t.value })),
      quadrants: valueScore.quadrants.map((q) => ({ quadrant: quadrantKeys[q.quadrant], customers: q.customers }))
    },
    breakdown: {
      attribute: breakdown.attribute,
      metric: breakdown.metric,
      attributes: breakdown.attributes,
      rows: breakdown.rows.map((r) => ({
        label: r.missing ? null : r.label,
        customers: r.customers,
        customerShare: r.customerShare,
        value: r.revenue,
        valueShare: r.revenueShare,
        classMix: { A: r.classMix[0], B: r.classMix[1], C: r.classMix[2] }
      }))
    },
    plan: {
      classes: plan.rows.map((r) => ({
        class: r.cls,
        customers: r.customers,
        minYearlyRevenue: finite(r.minYearlyRevenue),
        maxYearlyRevenue: finite(r.maxYearlyRevenue),
        meanYearlyRevenue: finite(r.meanYearlyRevenue),
        minYearlyOrders: finite(r.minYearlyOrders),
        medianYearlyOrders: finite(r.medianYearlyOrders),
        phoneWeeks: r.phoneWeeks,
        visitMonths: r.visitMonths,
        // The default measures are catalogue keys; a user's own text is kept as it is.
        measures: input.translate({ code: r.measures })
      }))
    },
    ...(config.forecast.enabled ? { model: forecast ? forecastReport(forecast, input.translate) : null } : {}),
    notes: result.notes.map((n) => ({ ...n, message: input.translate(n) })),
    rejectedRows: report.rejected.slice(0, reportedRejects)
  };
}

/** JSON text of a report: non-finite numbers (NaN, ±Infinity) become null. */
export function reportJson(report: Report): string {
  return JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2);
}

export const customerColumns = [
  'id', 'rank', 'recency_days', 'frequency', 'monetary', 'revenue', 'r', 'f', 'm', 'rfm', 'segment',
  'abc_value', 'abc_class', 'share', 'cum_share', 'pyramid_tier', 'lifecycle_stage'
] as const;

/** The customer table as CSV rows (header first), in rank order. */
export function customerRows(customers: CustomerReport[]): unknown[][] {
  return [
    [...customerColumns],
    ...customers.map((c) => [
      c.id, c.rank, c.recencyDays, c.frequency, c.monetary, c.revenue, c.r, c.f, c.m, c.rfm, c.segment,
      c.abcValue, c.abcClass, c.share, c.cumShare, c.pyramidTier, c.lifecycleStage
    ])
  ];
}
