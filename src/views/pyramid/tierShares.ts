import type { EngineMessage } from '../../lib/analysis/types.ts';

/** Tier presets in percent, top tier first (METHOD §4). */
export const tierPresets: Readonly<Record<'four' | 'three', readonly number[]>> = {
  four: [1, 4, 15, 80],
  three: [5, 15, 80]
};

/**
 * Checks tier sizes entered in percent (top first) and returns them as
 * fractions, or the problems found: fewer than two tiers, a size that is not
 * a positive number, or a total other than 100 % (0.01 point tolerance).
 */
export function tierShares(percent: readonly number[]): { shares: number[] } | { errors: EngineMessage[] } {
  const errors: EngineMessage[] = [];
  if (percent.length < 2) errors.push({ code: 'pyramid.error.count', params: { count: percent.length } });
  percent.forEach((p, k) => {
    if (!Number.isFinite(p) || p <= 0) errors.push({ code: 'pyramid.error.positive', params: { tier: k + 1, value: Number.isFinite(p) ? String(p) : '—' } });
  });
  const sum = percent.reduce((s, p) => s + (Number.isFinite(p) ? p : 0), 0);
  if (percent.length >= 2 && Math.abs(sum - 100) > 0.01) errors.push({ code: 'pyramid.error.sum', params: { sum: String(Math.round(sum * 100) / 100) } });
  if (errors.length) return { errors };
  return { shares: percent.map((p) => p / 100) };
}
