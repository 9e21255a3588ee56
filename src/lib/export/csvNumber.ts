/*
 * Numbers of the CSV exports: one convention for every table. Shares and margins are written as
 * percentages to 0.01 under a header that says (%); amounts to 0.01; other measures to the digits
 * of their column. A missing value stays NaN (an empty cell).
 */

/** `value` rounded to `digits` decimals; NaN when not finite. */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return NaN;
  const p = 10 ** digits;
  return Math.round(value * p) / p;
}

/** A share or margin (a fraction, 0.1234) as the percentage of the exports (12.34). */
export function percentOf(fraction: number): number {
  return roundTo(fraction * 100, 2);
}
