/** The sum of indicator weights (fractions) in percent, rounded to 0.1, and whether it is 100 % (within 0.05 points). */
export function weightSum(indicators: readonly { weight: number }[]): { percent: number; ok: boolean } {
  let sum = 0;
  for (const ind of indicators) sum += Number.isFinite(ind.weight) ? ind.weight : NaN;
  const percent = Math.round(sum * 1000) / 10;
  return { percent, ok: Number.isFinite(sum) && Math.abs(sum * 100 - 100) < 0.05 };
}

/** Equal weights for n indicators, in fractions that sum to exactly 1 at 0.1 % precision (the remainder goes to the first). */
export function equalWeights(n: number): number[] {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`invalid indicator count: ${n}`);
  if (n === 0) return [];
  const each = Math.floor(1000 / n) / 1000;
  const out = new Array<number>(n).fill(each);
  out[0] = Math.round((1 - each * (n - 1)) * 1000) / 1000;
  return out;
}
