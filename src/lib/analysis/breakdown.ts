import type { AbcResult, BreakdownConfig, BreakdownResult, Summary } from './types.ts';

/** Breakdown by attribute (METHOD §7). */
export function breakdown(summary: Summary, abc: AbcResult, config: BreakdownConfig): BreakdownResult {
  void abc;
  return { attribute: config.attribute, attributes: Object.keys(summary.attributes), rows: [] };
}
