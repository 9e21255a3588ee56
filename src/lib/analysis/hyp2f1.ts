import { gammaSign, lgamma } from './lgamma.ts';

/*
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments, c not 0, −1, −2, …, and z < 1:
 * - 0 ≤ z ≤ 0.9, or c − a − b within 1e-6 of an integer: the Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ,
 *   summed until a term no longer changes the sum (for the BG/NBD arguments, a, b, c > 0, every term
 *   is positive, so there is no cancellation; near z = 1 it needs about 35/(1 − z) terms);
 * - 0.9 < z < 1 otherwise: the linear transformation to 1 − z (Abramowitz & Stegun 15.3.6, DLMF 15.8.4),
 *   two fast series;
 * - z < 0: Pfaff's transformation ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z/(z − 1))
 *   (A&S 15.3.4), which maps z to [0, 1).
 * Source of the method: A&S chapter 15 and DLMF §15.8; the BG/NBD conditional expectation of
 * Fader, Hardie & Lee (2005) reaches z = t/(α + T + t) in [0, 1).
 */

/** The most series terms summed before giving up (NaN): reached only for z within ~1e-7 of 1. */
const maxTerms = 5_000_000;

function series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    const next = sum + term;
    if (next === sum || term === 0) return next;
    sum = next;
  }
  return NaN;
}

/** ₂F₁(a, b; c; z); NaN where it is not defined here (z ≥ 1, c a non-positive integer) or does not converge. */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1) || (c <= 0 && Number.isInteger(c))) return NaN;
  if (z === 0) return 1;
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  const s = c - a - b;
  if (z <= 0.9 || Math.abs(s - Math.round(s)) < 1e-6) return series(a, b, c, z);
  // A&S 15.3.6: Γ(c)Γ(s)/(Γ(c−a)Γ(c−b)) F(a, b; 1−s; 1−z) + (1−z)^s Γ(c)Γ(−s)/(Γ(a)Γ(b)) F(c−a, c−b; 1+s; 1−z).
  const w = 1 - z;
  const gammaRatio = (num1: number, num2: number, den1: number, den2: number) => {
    const sign = gammaSign(num1) * gammaSign(num2) * gammaSign(den1) * gammaSign(den2);
    // 1/Γ at a pole is 0: that term vanishes.
    if (Number.isNaN(gammaSign(den1)) || Number.isNaN(gammaSign(den2))) return 0;
    return sign * Math.exp(lgamma(num1) + lgamma(num2) - lgamma(den1) - lgamma(den2));
  };
  const first = gammaRatio(c, s, c - a, c - b) * series(a, b, 1 - s, w);
  const second = Math.pow(w, s) * gammaRatio(c, -s, a, b) * series(c - a, c - b, 1 + s, w);
  return first + second;
}
