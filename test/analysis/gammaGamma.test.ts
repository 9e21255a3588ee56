import { describe, expect, test } from 'vitest';
import { expectedOrderValue, fit, frequencyValueCorrelation, logLikelihood, logLikelihoodWithGradient, type GammaGammaParams } from '../../src/lib/analysis/gammaGamma.ts';
import { lgamma } from '../../src/lib/analysis/lgamma.ts';
import { cdnow } from './cdnow.ts';

const data = cdnow().gammaGamma;

describe('Gamma-Gamma on the CDNOW repeat buyers (calibration to 1997-09-30)', () => {
  const result = fit(data);

  test('946 repeat buyers with a positive mean repeat value', () => {
    expect(data.x.length).toBe(946);
  });

  // FHL (2005) "RFM and CLV" / Hardie's note 025 print p, q, γ to 2 decimals and the LL to 2:
  // the tolerance is half a unit of the last printed digit (the fit itself is at gradient < 1e-8).
  test.each([
    ['p', 6.25, 0.005],
    ['q', 3.74, 0.005],
    ['gamma', 15.44, 0.005]
  ] as const)('%s = %d (±%d, printed to 2 decimals)', (name, value, tolerance) => {
    expect(Math.abs(result.params[name] - value)).toBeLessThan(tolerance);
  });

  test('log-likelihood −4,055.92 (±0.005, printed to 2 decimals); converged from every start', () => {
    expect(Math.abs(result.logLikelihood - -4055.92)).toBeLessThan(0.005);
    expect(result).toMatchObject({ converged: true, atBound: [], agreeingStarts: 4 });
    for (const se of Object.values(result.standardErrors)) expect(se).toBeGreaterThan(0);
  });

  test('the gradient on log-parameters matches central finite differences (relative 1e-6)', () => {
    const at: GammaGammaParams = { p: 3, q: 2, gamma: 20 };
    const { gradient } = logLikelihoodWithGradient(at, data);
    (['p', 'q', 'gamma'] as const).forEach((name, i) => {
      const h = 1e-6;
      const numeric = (logLikelihood({ ...at, [name]: at[name] * Math.exp(h) }, data) - logLikelihood({ ...at, [name]: at[name] * Math.exp(-h) }, data)) / (2 * h);
      expect(Math.abs(gradient[i] - numeric) / Math.max(1, Math.abs(numeric)), name).toBeLessThan(1e-6);
    });
  });

  test('the frequency–value correlation is small on CDNOW (r ≈ 0.11)', () => {
    expect(frequencyValueCorrelation(data)).toBeCloseTo(0.1139, 3);
  });
});

describe('Gamma-Gamma by hand', () => {
  const p: GammaGammaParams = { p: 2, q: 3, gamma: 10 };
  test('one customer: METHOD §9 written out', () => {
    const x = 3, m = 12, px = 6;
    const expected = lgamma(px + 3) - lgamma(px) - lgamma(3) + 3 * Math.log(10) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + 3) * Math.log(10 + m * x);
    expect(logLikelihood(p, { x: [x], mbar: [m] })).toBeCloseTo(expected, 12);
  });
  test.each([
    ['a repeat buyer: p(γ + x m̄)/(px + q − 1)', 3, 12, (2 * (10 + 36)) / (6 + 3 - 1)],
    ['no repeat purchase: the population mean pγ/(q − 1)', 0, NaN, 10],
    ['m̄ = 0: the population mean', 2, 0, 10]
  ])('expected order value, %s', (_, x, m, expected) => {
    expect(expectedOrderValue(p, x, m)).toBeCloseTo(expected, 12);
  });
  test('q ≤ 1: no population mean (NaN); correlation of one customer NaN, of a line ±1', () => {
    expect(expectedOrderValue({ p: 1, q: 0.8, gamma: 1 }, 0, NaN)).toBeNaN();
    expect(frequencyValueCorrelation({ x: [1], mbar: [3] })).toBeNaN();
    expect(frequencyValueCorrelation({ x: [1, 2, 3], mbar: [30, 20, 10] })).toBeCloseTo(-1, 12);
  });
});
