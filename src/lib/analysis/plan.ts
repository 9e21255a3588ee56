import type { AbcResult, PlanConfig, PlanResult, Summary } from './types.ts';

/** Management plan per class (METHOD §7). */
export function plan(summary: Summary, abc: AbcResult, config: PlanConfig): PlanResult {
  void summary; void abc; void config;
  return { rows: [] };
}
