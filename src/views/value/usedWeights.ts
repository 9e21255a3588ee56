import type { ValueScoreResult } from '../../lib/analysis/valueScore.ts';

/** One indicator's weight as the score used it: percent rounded to 0.1, and the decimals to show it with (0 for a whole number). */
export interface UsedWeight {
  metric: string;
  percent: number;
  digits: 0 | 1;
}

/** The weights the engine used when it left an indicator out (renormalised over the rest), else null: the settings' own weights hold. */
export function usedWeights(result: Pick<ValueScoreResult, 'used' | 'skipped'>): UsedWeight[] | null {
  if (!result.skipped?.length || !result.used?.length) return null;
  return result.used.map((u) => {
    const percent = Math.round(u.weight * 1000) / 10;
    return { metric: u.metric, percent, digits: Number.isInteger(percent) ? 0 : 1 };
  });
}
