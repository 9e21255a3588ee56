/*
 * Unconstrained minimisation by BFGS with a backtracking (Armijo) line search (Nocedal & Wright,
 * Numerical Optimization, 2nd ed., algorithm 6.1 and 3.1), with box bounds by projection: a step
 * is clipped into [lower, upper]. The inverse-Hessian update is skipped when the curvature
 * condition yᵀs > 0 fails, and reset to the identity when a line search fails once.
 */

export interface BfgsOptions {
  lower: number[];
  upper: number[];
  /** Converged when the largest gradient component (free coordinates) is below this. */
  gradientTolerance: number;
  /** When the value stops decreasing (rounding), converged still if the gradient is below this. */
  stallTolerance: number;
  maxIterations: number;
}

export interface BfgsResult {
  x: number[];
  value: number;
  gradient: number[];
  iterations: number;
  converged: boolean;
  /** The largest gradient component over coordinates not held at a bound. */
  gradientNorm: number;
}

function freeNorm(x: number[], g: number[], lower: number[], upper: number[]): number {
  let norm = 0;
  for (let i = 0; i < x.length; i++) {
    // At a bound with the gradient pushing outwards, the coordinate is held: not counted.
    if ((x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0)) continue;
    norm = Math.max(norm, Math.abs(g[i]));
  }
  return norm;
}

/** Minimises f from x0; `fg` returns the value and the gradient. Non-finite values count as +∞ in the line search. */
export function minimizeBfgs(fg: (x: number[]) => { value: number; gradient: number[] }, x0: number[], options: BfgsOptions): BfgsResult {
  const n = x0.length;
  const { lower, upper } = options;
  const clip = (x: number[]) => x.map((v, i) => Math.min(upper[i], Math.max(lower[i], v)));
  let x = clip(x0);
  let { value, gradient } = fg(x);
  if (!Number.isFinite(value)) return { x, value, gradient, iterations: 0, converged: false, gradientNorm: NaN };
  const identity = (): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let h = identity();
  let iterations = 0;
  let resetOnce = false;
  for (; iterations < options.maxIterations; iterations++) {
    const norm = freeNorm(x, gradient, lower, upper);
    if (norm < options.gradientTolerance) return { x, value, gradient, iterations, converged: true, gradientNorm: norm };
    const direction = h.map((row) => -row.reduce((s, hij, j) => s + hij * gradient[j], 0));
    let slope = direction.reduce((s, d, i) => s + d * gradient[i], 0);
    if (!(slope < 0)) {
      h = identity();
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      slope = -gradient.reduce((s, g) => s + g * g, 0);
    }
    let step = 1;
    let accepted: { x: number[]; value: number; gradient: number[] } | null = null;
    for (let k = 0; k < 60; k++, step *= 0.5) {
      const candidate = clip(x.map((v, i) => v + step * direction[i]));
      const trial = fg(candidate);
      const actual = candidate.reduce((s, v, i) => s + (v - x[i]) * gradient[i], 0);
      if (Number.isFinite(trial.value) && trial.value <= value + 1e-4 * Math.min(actual, 0) && trial.gradient.every(Number.isFinite)) {
        accepted = { x: candidate, ...trial };
        break;
      }
    }
    if (!accepted) {
      // No descent along this direction: retry once along the steepest descent, then stop (reported as not converged).
      if (resetOnce) break;
      resetOnce = true;
      h = identity();
      continue;
    }
    resetOnce = false;
    if (!(accepted.value < value)) {
      // The value no longer decreases (the noise floor of the sums): stop here.
      x = accepted.x;
      value = accepted.value;
      gradient = accepted.gradient;
      const stalled = freeNorm(x, gradient, lower, upper);
      return { x, value, gradient, iterations: iterations + 1, converged: stalled < options.stallTolerance, gradientNorm: stalled };
    }
    const s = accepted.x.map((v, i) => v - x[i]);
    const y = accepted.gradient.map((g, i) => g - gradient[i]);
    const ys = y.reduce((sum, yi, i) => sum + yi * s[i], 0);
    x = accepted.x;
    value = accepted.value;
    gradient = accepted.gradient;
    if (ys > 1e-12) {
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs).
      const rho = 1 / ys;
      const hy = h.map((row) => row.reduce((sum, hij, j) => sum + hij * y[j], 0));
      const yhy = y.reduce((sum, yi, i) => sum + yi * hy[i], 0);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
        }
      }
    }
  }
  const norm = freeNorm(x, gradient, lower, upper);
  return { x, value, gradient, iterations, converged: norm < options.stallTolerance, gradientNorm: norm };
}

/** The Hessian by central differences of an analytic gradient, symmetrised; step h·max(1, |xᵢ|). */
export function numericHessian(gradient: (x: number[]) => number[], x: number[], h = 1e-5): number[][] {
  const n = x.length;
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const step = h * Math.max(1, Math.abs(x[j]));
    const up = gradient(x.map((v, i) => (i === j ? v + step : v)));
    const down = gradient(x.map((v, i) => (i === j ? v - step : v)));
    for (let i = 0; i < n; i++) out[i][j] = (up[i] - down[i]) / (2 * step);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) out[i][j] = out[j][i] = (out[i][j] + out[j][i]) / 2;
  return out;
}

/** The inverse of a symmetric positive-definite matrix by Cholesky; null when it is not positive definite. */
export function invertSpd(m: number[][]): number[][] | null {
  const n = m.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  // Solve L Lᵀ X = I column by column.
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
      y[i] = sum / l[i][i];
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k < n; k++) sum -= l[k][i] * inv[k][c];
      inv[i][c] = sum / l[i][i];
    }
  }
  return inv;
}
