import type { Summary, ValueScoreConfig, ValueScoreResult } from './types.ts';

/** Weighted value score and scorecard (METHOD §7). */
export function valueScore(summary: Summary, config: ValueScoreConfig): ValueScoreResult {
  const n = summary.ids.length;
  return { config, score: new Float64Array(n), realised: new Float64Array(n), potential: new Float64Array(n), tier: new Uint8Array(n), tiers: [], quadrant: new Uint8Array(n), quadrants: [] };
}
