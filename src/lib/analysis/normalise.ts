/** Metrics where a lower value is better; normalise() turns them round so 100 is always best. */
export const lowerIsBetter = new Set(['recency']);

/**
 * Scales `values` to 0–100. 'minmax': (x − min) / (max − min) × 100; 'percentile': the mid-rank
 * percentile (share of the other customers strictly below, ties counting half) × 100. Missing
 * values (NaN) score 0 and are left out of min, max and ranks; when every known value is equal the
 * score is 50 for both methods. `invert` scores lower values higher. Does not mutate `values`.
 */
export function normalise(values: Float64Array, method: 'minmax' | 'percentile', invert = false): Float64Array {
  if (method !== 'minmax' && method !== 'percentile') throw new RangeError(`invalid normalisation: ${method} (expected minmax or percentile)`);
  const n = values.length;
  const out = new Float64Array(n);
  const known: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] === values[i]) known.push(i);
  if (known.length === 0) return out;
  const x = (i: number) => (invert ? -values[i] : values[i]);
  if (method === 'minmax') {
    let min = Infinity;
    let max = -Infinity;
    for (const i of known) {
      if (x(i) < min) min = x(i);
      if (x(i) > max) max = x(i);
    }
    for (const i of known) out[i] = max > min ? ((x(i) - min) / (max - min)) * 100 : 50;
    return out;
  }
  const m = known.length;
  known.sort((i, j) => x(i) - x(j));
  for (let k = 0; k < m; ) {
    let e = k;
    while (e < m && x(known[e]) === x(known[k])) e++;
    // below = k, equal (others) = e − k − 1; mid-rank over the m − 1 other customers.
    const p = m > 1 ? ((k + (e - k - 1) / 2) / (m - 1)) * 100 : 50;
    for (let j = k; j < e; j++) out[known[j]] = p;
    k = e;
  }
  return out;
}
