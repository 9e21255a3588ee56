import { describe, expect, test } from 'vitest';
import { fitRows } from '../../../src/views/forecast/fitRows.ts';
import type { FitSummary } from '../../../src/lib/analysis/modelFit.ts';

const fit = <P extends string>(params: Record<P, number>, standardErrors: Record<P, number>): FitSummary<P> => ({
  params, standardErrors, logLikelihood: -1, converged: true, iterations: 1, gradientNorm: 0, atBound: [], starts: 1, agreeingStarts: 1, customers: 1, ms: 0
});

describe('fitRows(bgnbd, gammaGamma)', () => {
  test('BG/NBD parameters then Gamma-Gamma, with symbols and standard errors', () => {
    const rows = fitRows(fit({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, { r: 0.01, alpha: 0.3, a: 0.2, b: NaN }), fit({ p: 6.2, q: 3.9, gamma: 15 }, { p: 1, q: 0.5, gamma: 2 }));
    expect(rows.map((r) => [r.model, r.symbol, r.estimate, r.standardError])).toEqual([
      ['BG/NBD', 'r', 0.24, 0.01],
      ['BG/NBD', 'α', 4.4, 0.3],
      ['BG/NBD', 'a', 0.79, 0.2],
      ['BG/NBD', 'b', 2.4, NaN],
      ['Gamma-Gamma', 'p', 6.2, 1],
      ['Gamma-Gamma', 'q', 3.9, 0.5],
      ['Gamma-Gamma', 'γ', 15, 2]
    ]);
  });

  test('a model not fitted has no rows', () => {
    expect(fitRows(null, null)).toEqual([]);
    expect(fitRows(fit({ r: 1 }, { r: 0.1 }), null)).toHaveLength(1);
  });
});
