import type { AnalysisConfig } from './analyze.ts';
import { isAvailable, optionalMetrics, type OptionalMetric } from './availableMetrics.ts';
import type { EngineMessage, Summary } from './types.ts';

/** The sections that rank or total customers by one metric. */
const metricSections = ['abc', 'pyramid', 'concentration', 'breakdown'] as const;

const isOptional = (metric: string): metric is OptionalMetric => (optionalMetrics as readonly string[]).includes(metric);

/**
 * The config with every one-metric section (ABC, pyramid, concentration, breakdown) that names a metric
 * this dataset lacks (e.g. profit without a profit or cost column) switched to revenue, and a note
 * `engine.unavailable.<metric>` per switch; the input is not mutated. Unknown names are left for the
 * method to reject. The value score leaves such indicators out itself (valueScore.ts).
 */
export function usableConfig(summary: Summary, config: AnalysisConfig): { config: AnalysisConfig; notes: EngineMessage[] } {
  const notes: EngineMessage[] = [];
  let out = config;
  for (const section of metricSections) {
    const { metric } = config[section];
    if (!isOptional(metric) || isAvailable(summary, metric)) continue;
    out = { ...out, [section]: { ...config[section], metric: 'revenue' } };
    notes.push({ code: `engine.unavailable.${metric}`, params: { section } });
  }
  return { config: out, notes };
}
