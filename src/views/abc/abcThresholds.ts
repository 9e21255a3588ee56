import type { EngineMessage } from '../../lib/analysis/types.ts';

/** Threshold presets in percent (A, B): METHOD §3's default and the two common alternatives. */
export const thresholdPresets: readonly (readonly [number, number])[] = [
  [80, 95],
  [70, 90],
  [55, 85]
];

/** Checks thresholds entered in percent: 0 < A < B ≤ 100. Returns fractions or the problem. */
export function abcThresholds(aPercent: number, bPercent: number): { a: number; b: number } | { error: EngineMessage } {
  if (!Number.isFinite(aPercent) || !Number.isFinite(bPercent)) return { error: { code: 'abc.error.number', params: { a: String(aPercent), b: String(bPercent) } } };
  if (!(aPercent > 0 && aPercent < bPercent && bPercent <= 100)) return { error: { code: 'abc.error.order', params: { a: String(aPercent), b: String(bPercent) } } };
  return { a: aPercent / 100, b: bPercent / 100 };
}
