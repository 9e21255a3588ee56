import type { FullSummary, LifecycleConfig, LifecycleResult } from './types.ts';

/** Lifecycle stages (METHOD §6). */
export function lifecycle(summary: FullSummary, config: LifecycleConfig): LifecycleResult | null {
  void summary; void config;
  return null;
}
