/** The p-quantile of `values` by linear interpolation between order statistics (R type 7); NaN when empty. Does not mutate `values`. */
export function quantile7(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`invalid p: ${p} (expected a fraction in [0, 1])`);
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
