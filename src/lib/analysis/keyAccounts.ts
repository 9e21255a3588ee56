import type { AbcConfig, FullSummary, KeyAccountConfig, KeyAccountResult } from './types.ts';

/** Key-account development chart (METHOD §7). */
export function keyAccounts(summary: FullSummary, config: KeyAccountConfig, abcConfig: AbcConfig): KeyAccountResult | null {
  void summary; void config; void abcConfig;
  return null;
}
