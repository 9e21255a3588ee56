import { digamma } from './digamma.ts';
import { hyp2f1 } from './hyp2f1.ts';
import { lgamma } from './lgamma.ts';
import { fitLogParams, type FitSummary } from './modelFit.ts';

/*
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way",
 * Marketing Science 24(2)), as METHOD §9 states it: likelihood (their eq. 6), P(alive) (eq. 11),
 * the conditional expectation (eq. 10) and the expected repeat purchases of a new customer (eq. 9).
 */

export const bgnbdNames = ['r', 'alpha', 'a', 'b'] as const;
export type BgnbdName = (typeof bgnbdNames)[number];
export type BgnbdParams = Record<BgnbdName, number>;

/** One row per customer: x (repeat purchase days), tₓ and T in the time unit. */
export interface BgnbdData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** Distinct x values and each customer's group: the gamma terms depend on x only, so they are computed once per x. */
function groups(data: BgnbdData) {
  const n = data.x.length;
  const byValue = new Map<number, number>();
  const group = new Int32Array(n);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    let g = byValue.get(data.x[i]);
    if (g === undefined) {
      g = values.length;
      values.push(data.x[i]);
      byValue.set(data.x[i], g);
    }
    group[i] = g;
  }
  return { group, values };
}

const prepared = new WeakMap<BgnbdData, ReturnType<typeof groups>>();

/**
 * Total log-likelihood and its gradient with respect to (ln r, ln α, ln a, ln b). Per customer:
 * ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b) + ln(e^A₃ + [x>0] e^A₄) with
 * A₃ = −(r+x) ln(α+T), A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tₓ).
 */
export function logLikelihoodWithGradient(params: BgnbdParams, data: BgnbdData): { value: number; gradient: number[] } {
  const { r, alpha, a, b } = params;
  let g = prepared.get(data);
  if (!g) prepared.set(data, (g = groups(data)));
  const k = g.values.length;
  // Per distinct x: the x-only part of ln L and of its derivatives.
  const base = new Float64Array(k), dr = new Float64Array(k), da = new Float64Array(k), db = new Float64Array(k);
  const lgr = lgamma(r), lgab = lgamma(a + b), lgb = lgamma(b), psir = digamma(r), psiab = digamma(a + b), psib = digamma(b);
  for (let j = 0; j < k; j++) {
    const x = g.values[j];
    base[j] = lgamma(r + x) - lgr + r * Math.log(alpha) + lgab + lgamma(b + x) - lgb - lgamma(a + b + x);
    const psiabx = digamma(a + b + x);
    dr[j] = digamma(r + x) - psir + Math.log(alpha);
    da[j] = psiab - psiabx;
    db[j] = psiab + digamma(b + x) - psib - psiabx;
  }
  let value = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
  const n = data.x.length;
  for (let i = 0; i < n; i++) {
    const j = g.group[i];
    const x = data.x[i];
    const rx = r + x;
    const lT = Math.log(alpha + data.T[i]);
    const a3 = -rx * lT;
    let lse = a3, w4 = 0, lt = 0;
    if (x > 0) {
      lt = Math.log(alpha + data.tx[i]);
      const a4 = Math.log(a) - Math.log(b + x - 1) - rx * lt;
      const m = Math.max(a3, a4);
      const e3 = Math.exp(a3 - m), e4 = Math.exp(a4 - m);
      lse = m + Math.log(e3 + e4);
      w4 = e4 / (e3 + e4);
    }
    const w3 = 1 - w4;
    value += base[j] + lse;
    gr += dr[j] - w3 * lT - w4 * lt;
    galpha += r / alpha - w3 * rx / (alpha + data.T[i]) - (x > 0 ? (w4 * rx) / (alpha + data.tx[i]) : 0);
    ga += da[j] + (x > 0 ? w4 / a : 0);
    gb += db[j] - (x > 0 ? w4 / (b + x - 1) : 0);
  }
  return { value, gradient: [gr * r, galpha * alpha, ga * a, gb * b] };
}

/** Total BG/NBD log-likelihood of the data. */
export function logLikelihood(params: BgnbdParams, data: BgnbdData): number {
  return logLikelihoodWithGradient(params, data).value;
}

const fromLog = (theta: number[]): BgnbdParams => ({ r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) });

export interface BgnbdFitOptions {
  /** Starting points (natural parameters); default: four spread around the data's scale. */
  starts?: BgnbdParams[];
}

/** Maximum-likelihood fit (see modelFit.ts: BFGS on log-parameters from several starts). */
export function fit(data: BgnbdData, options: BgnbdFitOptions = {}): FitSummary<BgnbdName> {
  const n = data.x.length;
  let meanT = 0;
  for (let i = 0; i < n; i++) meanT += data.T[i] / n;
  const scale = meanT > 0 ? meanT : 1;
  const starts = options.starts ?? [
    { r: 1, alpha: scale, a: 1, b: 1 },
    { r: 0.25, alpha: scale / 10, a: 0.8, b: 2.5 },
    { r: 0.5, alpha: scale / 2, a: 2, b: 5 },
    { r: 2, alpha: scale * 2, a: 0.3, b: 0.5 }
  ];
  return fitLogParams(bgnbdNames, (theta) => logLikelihoodWithGradient(fromLog(theta), data), starts.map((s) => bgnbdNames.map((name) => s[name])), n);
}

/** P(alive at T) = 1 / (1 + [x>0] · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)). */
export function pAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + (p.a / (p.b + x - 1)) * Math.exp((p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx))));
}

/** Expected repeat purchases in (T, T + t] of a customer with history (x, tₓ, T): METHOD §9, FHL eq. 10. */
export function expectedPurchases(p: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const c = a + b + x - 1;
  const hyp = hyp2f1(r + x, b + x, c, t / (alpha + T + t));
  const bracket = 1 - Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + t))) * hyp;
  const odds = x > 0 ? (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))) : 0;
  return ((c / (a - 1)) * bracket) / (1 + odds);
}

/** Expected repeat purchases in (0, t] of a customer who made a first purchase at 0: FHL eq. 9 (the tracking plot). */
export function expectedPurchasesNew(p: BgnbdParams, t: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const hyp = hyp2f1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp);
}
