import type { AnalysisConfig } from './analyze.ts';

/** Every setting at its METHOD.md default; a fresh object each call. */
export function defaultConfig(): AnalysisConfig {
  return {
    summary: { analysisDate: null, windowDays: null, frequency: 'orders', monetary: 'sum' },
    abc: { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' },
    pyramid: { metric: 'revenue', tiers: [0.01, 0.04, 0.15, 0.8] },
    rfm: {
      method: 'rank',
      bins: 5,
      thresholds: { r: [7, 30, 60, 120], f: [1, 2, 4, 8], m: [100, 500, 1000, 5000] },
      segments: 'grid',
      customSegments: [],
      split: 'mean'
    },
    lifecycle: { snapshot: null, windowDays: 180, horizonDays: 365, band: 0.2, from: null, to: null },
    // threshold 0 = automatic: the 90th percentile of the customers' rolling revenue (see docs/METHOD-NOTES.md).
    keyAccounts: { standard: 'rolling', months: 12, threshold: 0 },
    concentration: { metric: 'revenue', warnShare: 0.2 },
    bigTicket: { classes: ['A'], windowDays: 365 },
    profitability: { topCustomers: 12, topProducts: 20 },
    valueScore: {
      indicators: [
        { metric: 'revenue', weight: 0.4, group: 'realised' },
        { metric: 'profit', weight: 0.2, group: 'realised' },
        { metric: 'orders', weight: 0.2, group: 'potential' },
        { metric: 'tenure', weight: 0.2, group: 'potential' }
      ],
      normalisation: 'percentile',
      bands: [80, 60, 40, 0]
    },
    breakdown: { attribute: 'region', metric: 'revenue' },
    // The value forecast (METHOD §9) is computed only when asked for: horizon null = 52 weeks in the unit.
    forecast: { enabled: false, calibrationEnd: null, timeUnit: 'week', horizon: null, discountRate: 0.1 },
    // Change over time (METHOD §10) is computed only when asked for; null dates = analysis date − window, analysis date.
    change: { enabled: false, period: 'month', by: 'abc', from: null, to: null, at: null, until: null },
    plan: {
      classes: [
        { cls: 'A', phoneWeeks: 1, visitMonths: 1, measures: 'plan.measure.A' },
        { cls: 'B', phoneWeeks: 2, visitMonths: 3, measures: 'plan.measure.B' },
        { cls: 'C', phoneWeeks: 4, visitMonths: 12, measures: 'plan.measure.C' }
      ]
    }
  };
}

/** Merges stored or shared (possibly older, partial) settings over the defaults, so that new settings get their defaults. */
export function mergeConfig(stored: Partial<AnalysisConfig> | undefined): AnalysisConfig {
  const base = defaultConfig();
  if (!stored) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof AnalysisConfig)[]) {
    const value = stored[key];
    if (value && typeof value === 'object') out[key] = { ...(base[key] as object), ...(value as object) };
  }
  return out as unknown as AnalysisConfig;
}
