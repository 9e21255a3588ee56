import { invertSpd, minimizeBfgs, numericHessian } from './bfgs.ts';

/*
 * Maximum likelihood on log-parameters, shared by the BG/NBD and Gamma-Gamma models: BFGS from
 * several starts (the best one kept), log-parameters bounded to [−bound, bound], standard errors
 * from the inverse of the numeric Hessian of the analytic gradient (delta method back to the
 * parameters: se(θ) = θ · se(ln θ)).
 */

/** Log-parameters are kept in [−logBound, logBound] (θ in about [3e-7, 3.3e6]). */
export const logBound = 15;
/** A log-parameter within this of a bound counts as at the bound. */
const atBoundMargin = 1e-3;

/** A model fit as the view and the report show it. */
export interface FitSummary<P extends string> {
  params: Record<P, number>;
  logLikelihood: number;
  /** Standard errors from the Hessian; NaN when it is not positive definite (e.g. a parameter at a bound). */
  standardErrors: Record<P, number>;
  converged: boolean;
  /** Iterations of the best start. */
  iterations: number;
  /** The largest gradient component of the mean log-likelihood on log-parameters at the end. */
  gradientNorm: number;
  /** Parameters that ended at a bound of [e^−15, e^15]. */
  atBound: P[];
  /** Starts tried, and how many ended within 1e-6 (relative) of the best log-likelihood. */
  starts: number;
  agreeingStarts: number;
  /** Customers the model was fitted on. */
  customers: number;
  /** Wall time of the fit (ms). */
  ms: number;
}

/**
 * Fits by maximising `ll` (total log-likelihood and its gradient on log-parameters) from each start
 * (natural parameters). `n` scales the objective to a mean, so the tolerance does not grow with the data.
 */
export function fitLogParams<P extends string>(
  names: readonly P[],
  ll: (logParams: number[]) => { value: number; gradient: number[] },
  starts: number[][],
  n: number
): FitSummary<P> {
  const t0 = performance.now();
  const dims = names.length;
  const lower = new Array<number>(dims).fill(-logBound);
  const upper = new Array<number>(dims).fill(logBound);
  const objective = (theta: number[]) => {
    const { value, gradient } = ll(theta);
    return { value: -value / n, gradient: gradient.map((g) => -g / n) };
  };
  const runs = starts.map((start) => minimizeBfgs(objective, start.map(Math.log), { lower, upper, gradientTolerance: 1e-9, stallTolerance: 1e-6, maxIterations: 1000 }));
  const finite = runs.filter((run) => Number.isFinite(run.value));
  const best = finite.reduce((b, run) => (run.value < b.value ? run : b), finite[0] ?? runs[0]);
  const agreeing = finite.filter((run) => Math.abs(run.value - best.value) <= 1e-6 * Math.max(1, Math.abs(best.value))).length;
  const theta = best.x;
  const params = Object.fromEntries(names.map((name, i) => [name, Math.exp(theta[i])])) as Record<P, number>;
  const atBound = names.filter((_, i) => Math.abs(theta[i]) >= logBound - atBoundMargin);
  const hessian = numericHessian((t) => ll(t).gradient.map((g) => -g), theta);
  const covariance = atBound.length ? null : invertSpd(hessian);
  const standardErrors = Object.fromEntries(
    names.map((name, i) => [name, covariance ? Math.exp(theta[i]) * Math.sqrt(covariance[i][i]) : NaN])
  ) as Record<P, number>;
  return {
    params,
    logLikelihood: -best.value * n,
    standardErrors,
    converged: best.converged,
    iterations: best.iterations,
    gradientNorm: best.gradientNorm,
    atBound,
    starts: runs.length,
    agreeingStarts: agreeing,
    customers: n,
    ms: performance.now() - t0
  };
}
