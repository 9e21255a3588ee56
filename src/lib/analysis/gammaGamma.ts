import { digamma } from './digamma.ts';
import { lgamma } from './lgamma.ts';
import { fitLogParams, type FitSummary } from './modelFit.ts';

/*
 * The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV", JMR 42(4); Hardie's note
 * 025, "The Gamma-Gamma model of monetary value"), as METHOD §9 states it, on the repeat buyers'
 * mean repeat-purchase value m̄ (x > 0 and m̄ > 0).
 */

export const gammaGammaNames = ['p', 'q', 'gamma'] as const;
export type GammaGammaName = (typeof gammaGammaNames)[number];
export type GammaGammaParams = Record<GammaGammaName, number>;

/** Repeat buyers only: x > 0 repeat purchase days with mean value m̄ > 0. */
export interface GammaGammaData {
  x: ArrayLike<number>;
  mbar: ArrayLike<number>;
}

/**
 * Total log-likelihood and its gradient on (ln p, ln q, ln γ). Per customer:
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(γ + m̄x).
 */
export function logLikelihoodWithGradient(params: GammaGammaParams, data: GammaGammaData): { value: number; gradient: number[] } {
  const { p, q, gamma } = params;
  const lgq = lgamma(q), psiq = digamma(q), lnGamma = Math.log(gamma);
  let value = 0, gp = 0, gq = 0, gg = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i], m = data.mbar[i];
    const px = p * x;
    const lm = Math.log(m), lx = Math.log(x), lden = Math.log(gamma + m * x);
    const psipxq = digamma(px + q);
    value += lgamma(px + q) - lgamma(px) - lgq + q * lnGamma + (px - 1) * lm + px * lx - (px + q) * lden;
    gp += x * (psipxq - digamma(px) + lm + lx - lden);
    gq += psipxq - psiq + lnGamma - lden;
    gg += q / gamma - (px + q) / (gamma + m * x);
  }
  return { value, gradient: [gp * p, gq * q, gg * gamma] };
}

/** Total Gamma-Gamma log-likelihood. */
export function logLikelihood(params: GammaGammaParams, data: GammaGammaData): number {
  return logLikelihoodWithGradient(params, data).value;
}

/** Maximum-likelihood fit of p, q, γ (modelFit.ts). */
export function fit(data: GammaGammaData, options: { starts?: GammaGammaParams[] } = {}): FitSummary<GammaGammaName> {
  const n = data.x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data.mbar[i] / n;
  const scale = mean > 0 ? mean : 1;
  const starts = options.starts ?? [
    { p: 1, q: 1, gamma: 1 },
    { p: 1, q: 2, gamma: scale },
    { p: 5, q: 4, gamma: scale },
    { p: 0.5, q: 10, gamma: 10 * scale }
  ];
  const fromLog = (t: number[]): GammaGammaParams => ({ p: Math.exp(t[0]), q: Math.exp(t[1]), gamma: Math.exp(t[2]) });
  return fitLogParams(gammaGammaNames, (t) => logLikelihoodWithGradient(fromLog(t), data), starts.map((s) => gammaGammaNames.map((k) => s[k])), n);
}

/**
 * Expected mean purchase value: p(γ + x m̄)/(px + q − 1) for a repeat buyer (x > 0, m̄ > 0), else the
 * population mean pγ/(q − 1); NaN when q ≤ 1 (the population mean is then not finite).
 */
export function expectedOrderValue(params: GammaGammaParams, x: number, mbar: number): number {
  const { p, q, gamma } = params;
  if (x > 0 && mbar > 0) return (p * (gamma + x * mbar)) / (p * x + q - 1);
  return q > 1 ? (p * gamma) / (q - 1) : NaN;
}

/** Pearson correlation of x and m̄ (the model assumes spend independent of frequency); NaN with fewer than 2 customers or no spread. */
export function frequencyValueCorrelation(data: GammaGammaData): number {
  const n = data.x.length;
  if (n < 2) return NaN;
  let mx = 0, mm = 0;
  for (let i = 0; i < n; i++) {
    mx += data.x[i] / n;
    mm += data.mbar[i] / n;
  }
  let sxx = 0, smm = 0, sxm = 0;
  for (let i = 0; i < n; i++) {
    const dx = data.x[i] - mx, dm = data.mbar[i] - mm;
    sxx += dx * dx;
    smm += dm * dm;
    sxm += dx * dm;
  }
  return sxx > 0 && smm > 0 ? sxm / Math.sqrt(sxx * smm) : NaN;
}
