export interface Lorenz {
  /** Cumulative share of customers, from 0 to 1, ascending. */
  x: Float64Array;
  /** Cumulative share of value held by the smallest customers. */
  y: Float64Array;
  /** Gini coefficient of the full (unthinned) curve, 1 − Σ (x_k − x_{k−1})(y_k + y_{k−1}). */
  gini: number;
}

/**
 * The Lorenz curve and Gini coefficient of non-negative values (values ≤ 0 or NaN
 * count as 0, contributing nothing), thinned to at most `maxPoints` points.
 */
export function lorenz(values: ArrayLike<number>, maxPoints = 512): Lorenz {
  if (!(maxPoints >= 2)) throw new RangeError(`invalid maxPoints: ${maxPoints} (expected at least 2)`);
  const n = values.length;
  const sorted = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] > 0 ? values[i] : 0;
    sorted[i] = v;
    total += v;
  }
  sorted.sort();
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + sorted[i];
  let area = 0;
  if (total > 0) {
    for (let i = 1; i <= n; i++) area += (cum[i - 1] + cum[i]) / total;
    area /= n;
  }
  const gini = n && total > 0 ? Math.max(0, 1 - area) : 0;
  const count = Math.min(n + 1, maxPoints);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const i = count === 1 ? 0 : Math.round((k * n) / (count - 1));
    x[k] = n ? i / n : 0;
    y[k] = total > 0 ? cum[i] / total : 0;
  }
  if (n && total > 0) y[count - 1] = 1;
  return { x, y, gini };
}
