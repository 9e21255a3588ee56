import { describe, expect, test } from 'vitest';
import { expectedPurchases, expectedPurchasesNew, fit, logLikelihood, logLikelihoodWithGradient, pAlive, type BgnbdParams } from '../../src/lib/analysis/bgnbd.ts';
import { lbeta, lgamma } from '../../src/lib/analysis/lgamma.ts';
import { cdnow } from './cdnow.ts';

const data = cdnow();
/** The maximum-likelihood figures of /work/shared/data/README.md (CLVTools' correctness tests). */
const published: BgnbdParams = { r: 0.24259, alpha: 4.4136, a: 0.79292, b: 2.42591 };

describe('BG/NBD on CDNOW, calibration to 1997-09-30 in weeks', () => {
  const result = fit(data.bgnbd);

  test('the customer base: 2,357 customers, 946 repeat buyers', () => {
    expect([data.base.customers, data.base.repeatBuyers]).toEqual([2357, 946]);
  });

  // Published to 5 digits; the fit's gradient is below 1e-9, so the tolerance 1e-3 of the brief is met
  // with room: the differences are the rounding of the published figures (≤ 5e-6).
  test.each([
    ['r', published.r, 1e-3],
    ['alpha', published.alpha, 1e-3],
    ['a', published.a, 1e-3],
    ['b', published.b, 1e-3]
  ] as const)('%s = %d within %d (README, CLVTools)', (name, value, tolerance) => {
    expect(Math.abs(result.params[name] - value)).toBeLessThan(tolerance);
    expect(Math.abs(result.params[name] - value)).toBeLessThan(1e-5);
  });

  test('log-likelihood −9,582.429 within 1e-3; converged, every start agreeing, no bound', () => {
    expect(Math.abs(result.logLikelihood - -9582.429)).toBeLessThan(1e-3);
    expect(result).toMatchObject({ converged: true, atBound: [], starts: 4, agreeingStarts: 4, customers: 2357 });
  });

  // Standard errors of FHL (2005) Table 1 / CLVTools: r 0.0126, α 0.3782, a 0.1857, b 0.7054 (to the printed digits).
  test.each([
    ['r', 0.0126, 5e-5],
    ['alpha', 0.3782, 5e-4],
    ['a', 0.1857, 5e-4],
    ['b', 0.7054, 5e-4]
  ] as const)('standard error of %s ≈ %d (±%d)', (name, value, tolerance) => {
    expect(Math.abs(result.standardErrors[name] - value)).toBeLessThan(tolerance);
  });

  test('conditional expectation for x = 2, tₓ = 30.43, T = 38.86 over 39 weeks: 1.226 (lifetimes tests, ±5e-4: printed to 3 decimals)', () => {
    expect(Math.abs(expectedPurchases(published, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(5e-4);
  });

  test('the gradient on log-parameters matches central finite differences (relative 1e-6)', () => {
    const at: BgnbdParams = { r: 0.4, alpha: 6, a: 1.3, b: 1.9 };
    const { gradient } = logLikelihoodWithGradient(at, data.bgnbd);
    const names = ['r', 'alpha', 'a', 'b'] as const;
    names.forEach((name, i) => {
      const h = 1e-6;
      const up = logLikelihood({ ...at, [name]: at[name] * Math.exp(h) }, data.bgnbd);
      const down = logLikelihood({ ...at, [name]: at[name] * Math.exp(-h) }, data.bgnbd);
      const numeric = (up - down) / (2 * h);
      expect(Math.abs(gradient[i] - numeric) / Math.max(1, Math.abs(numeric)), name).toBeLessThan(1e-6);
    });
  });
});

describe('BG/NBD: the time unit only rescales α', () => {
  test('CDNOW in days: r, a, b and P(alive) as in weeks, α × 7, the log-likelihood lower by n_repeat-purchases · ln 7', () => {
    const inDays = { x: data.bgnbd.x, tx: data.bgnbd.tx.map((v) => v * 7), T: data.bgnbd.T.map((v) => v * 7) };
    const weeks = fit(data.bgnbd);
    const days = fit(inDays);
    expect(days.params.r).toBeCloseTo(weeks.params.r, 5);
    expect(days.params.alpha / 7).toBeCloseTo(weeks.params.alpha, 4);
    expect(days.params.a).toBeCloseTo(weeks.params.a, 5);
    expect(days.params.b).toBeCloseTo(weeks.params.b, 4);
    // Densities of purchase times scale by 1/7 per repeat purchase.
    const repeats = data.bgnbd.x.reduce((s, v) => s + v, 0);
    expect(days.logLikelihood).toBeCloseTo(weeks.logLikelihood - repeats * Math.log(7), 4);
  });
});

describe('BG/NBD per-customer formulas, by hand', () => {
  const p: BgnbdParams = { r: 0.5, alpha: 3, a: 1.5, b: 4 };

  test.each([
    // [x, tx, T, direct METHOD §9 likelihood written out]
    [0, 0, 10],
    [1, 4, 10],
    [5, 9.5, 12]
  ])('one customer: ln L at x = %d, tₓ = %d, T = %d is METHOD §9 written out', (x, tx, T) => {
    const { r, alpha, a, b } = p;
    const gammaPart = Math.exp(lgamma(r + x) - lgamma(r) + r * Math.log(alpha));
    const first = Math.exp(lbeta(a, b + x) - lbeta(a, b)) * gammaPart / Math.pow(alpha + T, r + x);
    const second = x > 0 ? Math.exp(lbeta(a + 1, b + x - 1) - lbeta(a, b)) * gammaPart / Math.pow(alpha + tx, r + x) : 0;
    expect(logLikelihood(p, { x: [x], tx: [tx], T: [T] })).toBeCloseTo(Math.log(first + second), 12);
  });

  test.each([
    ['x = 0: alive for sure', 0, 0, 10, 1],
    ['tₓ = T: (b+x−1)/(a+b+x−1)', 3, 10, 10, (4 + 3 - 1) / (1.5 + 4 + 3 - 1)],
    ['x = 1, tₓ = 2, T = 10', 1, 2, 10, 1 / (1 + (1.5 / 4) * Math.pow(13 / 5, 1.5))]
  ])('P(alive), %s', (_, x, tx, T, expected) => {
    expect(pAlive(p, x, tx, T)).toBeCloseTo(expected, 14);
  });

  test('a customer seen at 0 with no history expects what a new customer does (eq. 10 at T = 0 is eq. 9)', () => {
    for (const t of [0.5, 5, 52, 500]) expect(expectedPurchases(p, t, 0, 0, 0)).toBeCloseTo(expectedPurchasesNew(p, t), 10);
  });

  test.each([
    [0, 0, 10],
    [3, 8, 10],
    [3, 10, 10]
  ])('over a short t, E[X(t)] ≈ P(alive) · (r+x)/(α+T) · t (x = %d, tₓ = %d, T = %d)', (x, tx, T) => {
    const t = 1e-6;
    const rate = (pAlive(p, x, tx, T) * (p.r + x)) / (p.alpha + T);
    expect(expectedPurchases(p, t, x, tx, T) / t).toBeCloseTo(rate, 5);
  });

  test('E[X(t)] grows with t and is 0 at t = 0', () => {
    expect(expectedPurchases(p, 0, 2, 5, 10)).toBe(0);
    const values = [1, 5, 20, 100, 1000].map((t) => expectedPurchases(p, t, 2, 5, 10));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });
});
