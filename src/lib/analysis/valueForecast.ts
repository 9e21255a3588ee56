import { expectedPurchases, expectedPurchasesNew, fit as fitBgnbd, pAlive, type BgnbdName } from './bgnbd.ts';
import { clv } from './clv.ts';
import { customerBase, unitDays as daysPerUnit, type TimeUnit } from './customerBase.ts';
import { dayOfIso, isoOfDay } from './day.ts';
import { expectedOrderValue, fit as fitGammaGamma, frequencyValueCorrelation, type GammaGammaName } from './gammaGamma.ts';
import type { FitSummary } from './modelFit.ts';
import type { Table } from './table.ts';
import type { EngineMessage } from './types.ts';

/** Value forecast settings (METHOD §9). */
export interface ValueForecastConfig {
  /** Computed only when asked for: the fits cost more than the other sections together. */
  enabled: boolean;
  /** τ as an ISO date; null = the analysis date (no holdout). */
  calibrationEnd: string | null;
  timeUnit: TimeUnit;
  /** Forecast horizon in time units; null = 52 weeks (364 days) in the unit. */
  horizon: number | null;
  /** Yearly discount rate of the CLV, e.g. 0.1. */
  discountRate: number;
}

/** Below this many repeat buyers a model is fitted but flagged as weakly identified. */
export const fewRepeatBuyers = 30;
/** Fewer repeat buyers than this: the model is not fitted. */
export const minRepeatBuyers = 2;
/** |r(x, m̄)| at or above this: the Gamma-Gamma independence assumption is in doubt. */
export const correlationWarning = 0.3;
/** Mean drop-out probability a/(a+b) below this: the BG/NBD fit sees (almost) no drop-out and reduces to the NBD model. */
export const noDropoutBelow = 1e-3;
/** Calibration frequencies of the conditional-expectation table: 0 … 6 and "7 or more". */
export const conditionalRows = 8;

export interface HoldoutCheck {
  /** Holdout length (τ, D] in units. */
  length: number;
  /** Tracking plot: one entry per unit from the first purchase day of the base to D. */
  tracking: {
    /** Epoch day of each unit's last day (the last unit may be partial, ending at D). */
    unitEnd: Int32Array;
    /** Index of the unit that holds τ. */
    calibrationUnit: number;
    actual: Float64Array;
    expected: Float64Array;
    cumulativeActual: Float64Array;
    cumulativeExpected: Float64Array;
  };
  /** By calibration x = 0 … 6 and 7+ (frequency 7 stands for 7 or more): mean holdout purchases, actual and predicted. */
  conditional: { frequency: number; customers: number; actual: number; predicted: number }[];
  totalActual: number;
  totalPredicted: number;
  /** (predicted − actual) / actual · 100; NaN when no holdout purchase. */
  errorPercent: number;
}

export interface ValueForecastResult {
  /** The settings as used: τ resolved, horizon in units. */
  config: { calibrationEnd: string; analysisDate: string; timeUnit: TimeUnit; unitDays: number; horizon: number; discountRate: number };
  customers: number;
  repeatBuyers: number;
  bgnbd: FitSummary<BgnbdName> | null;
  gammaGamma: FitSummary<GammaGammaName> | null;
  /** Why a model was not fitted (an engine message code), else null. */
  notFitted: { bgnbd: string | null; gammaGamma: string | null };
  /** Pearson r of x and m̄ over the Gamma-Gamma customers; NaN when not defined. */
  frequencyValueCorrelation: number;
  /** Per summary customer (index i = customer i); NaN where not defined (not in the base, or model not fitted). */
  included: Uint8Array;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  mbar: Float64Array;
  holdoutPurchases: Float64Array;
  pAlive: Float64Array;
  /** Expected repeat purchases over the horizon. */
  expectedPurchases: Float64Array;
  /** Expected repeat purchases over the holdout (NaN without a holdout). */
  expectedHoldout: Float64Array;
  expectedOrderValue: Float64Array;
  clv: Float64Array;
  holdout: HoldoutCheck | null;
  notes: EngineMessage[];
}

/** A setting the forecast cannot use (the analyzer reports it and falls back to the defaults). */
function check(config: ValueForecastConfig) {
  if (!(config.timeUnit in daysPerUnit)) throw new Error(`timeUnit “${String(config.timeUnit)}”`);
  if (config.horizon !== null && !(config.horizon > 0 && Number.isFinite(config.horizon))) throw new Error(`horizon ${config.horizon}`);
  if (!(config.discountRate > -1 && Number.isFinite(config.discountRate))) throw new Error(`discountRate ${config.discountRate}`);
  if (config.calibrationEnd !== null && Number.isNaN(dayOfIso(config.calibrationEnd))) throw new Error(`calibrationEnd “${config.calibrationEnd}”`);
}

/**
 * The value forecast of METHOD §9 on a transactions table: the customer base at τ, BG/NBD and
 * Gamma-Gamma fits, per-customer P(alive), expected purchases, expected order value and CLV, and the
 * holdout check when τ < D. `index` maps table customer codes to the summary's customer indices.
 */
export function valueForecast(table: Table, summary: { analysisDay: number; codeToIndex: Int32Array; ids: string[] }, config: ValueForecastConfig): ValueForecastResult {
  check(config);
  const notes: EngineMessage[] = [];
  const D = summary.analysisDay;
  let tau = config.calibrationEnd === null ? D : dayOfIso(config.calibrationEnd);
  if (tau > D) {
    notes.push({ code: 'engine.forecast.calibrationEndAfter', params: { date: isoOfDay(tau), analysisDate: isoOfDay(D) } });
    tau = D;
  }
  const u = daysPerUnit[config.timeUnit];
  const horizon = config.horizon ?? 364 / u;
  const n = summary.ids.length;
  const base = customerBase(table, { calibrationEnd: tau, analysisDay: D, unitDays: u, index: summary.codeToIndex, count: n });
  const nan = () => new Float64Array(n).fill(NaN);
  const result: ValueForecastResult = {
    config: { calibrationEnd: isoOfDay(tau), analysisDate: isoOfDay(D), timeUnit: config.timeUnit, unitDays: u, horizon, discountRate: config.discountRate },
    customers: base.customers,
    repeatBuyers: base.repeatBuyers,
    bgnbd: null,
    gammaGamma: null,
    notFitted: { bgnbd: null, gammaGamma: null },
    frequencyValueCorrelation: NaN,
    included: base.included,
    x: base.x,
    tx: base.tx,
    T: base.T,
    mbar: base.mbar,
    holdoutPurchases: tau < D ? base.holdout : nan(),
    pAlive: nan(),
    expectedPurchases: nan(),
    expectedHoldout: nan(),
    expectedOrderValue: nan(),
    clv: nan(),
    holdout: null,
    notes
  };

  // BG/NBD on every customer of the base.
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (base.included[i]) members.push(i);
  const column = (a: Float64Array, rows: number[]) => Float64Array.from(rows, (i) => a[i]);
  if (base.repeatBuyers >= 1 && base.repeatBuyers < fewRepeatBuyers) {
    notes.push({ code: 'engine.forecast.fewRepeatBuyers', params: { repeatBuyers: base.repeatBuyers, minimum: fewRepeatBuyers } });
  }
  if (base.repeatBuyers < minRepeatBuyers) {
    result.notFitted.bgnbd = result.notFitted.gammaGamma = 'engine.forecast.notFitted';
    notes.push({ code: 'engine.forecast.notFitted', params: { repeatBuyers: base.repeatBuyers, minimum: minRepeatBuyers } });
    return result;
  }
  const bg = fitBgnbd({ x: column(base.x, members), tx: column(base.tx, members), T: column(base.T, members) });
  result.bgnbd = bg;
  fitNotes(notes, 'BG/NBD', bg);
  const meanDropout = bg.params.a / (bg.params.a + bg.params.b);
  if (meanDropout < noDropoutBelow) {
    notes.push({ code: 'engine.forecast.noDropout', params: { a: +bg.params.a.toPrecision(3), b: +bg.params.b.toPrecision(3), dropout: +meanDropout.toPrecision(2) } });
  }

  // Gamma-Gamma on the repeat buyers with a positive mean repeat value.
  const spenders = members.filter((i) => base.x[i] > 0 && base.mbar[i] > 0);
  const ggData = { x: column(base.x, spenders), mbar: column(base.mbar, spenders) };
  result.frequencyValueCorrelation = frequencyValueCorrelation(ggData);
  if (Math.abs(result.frequencyValueCorrelation) >= correlationWarning) {
    notes.push({ code: 'engine.forecast.spendFrequencyCorrelation', params: { r: +result.frequencyValueCorrelation.toFixed(2), limit: correlationWarning } });
  }
  let gg: FitSummary<GammaGammaName> | null = null;
  if (spenders.length < minRepeatBuyers) {
    result.notFitted.gammaGamma = 'engine.forecast.ggNotFitted';
    notes.push({ code: 'engine.forecast.ggNotFitted', params: { customers: spenders.length, minimum: minRepeatBuyers } });
  } else {
    gg = fitGammaGamma(ggData);
    result.gammaGamma = gg;
    fitNotes(notes, 'Gamma-Gamma', gg);
    if (!(gg.params.q > 1)) notes.push({ code: 'engine.forecast.noMeanValue', params: { q: +gg.params.q.toPrecision(3) } });
  }

  const p = bg.params;
  const holdoutLength = (D - tau) / u;
  for (const i of members) {
    const x = base.x[i], tx = base.tx[i], T = base.T[i];
    result.pAlive[i] = pAlive(p, x, tx, T);
    result.expectedPurchases[i] = expectedPurchases(p, horizon, x, tx, T);
    if (tau < D) result.expectedHoldout[i] = expectedPurchases(p, holdoutLength, x, tx, T);
    if (gg) {
      const value = expectedOrderValue(gg.params, x, base.mbar[i]);
      result.expectedOrderValue[i] = value;
      result.clv[i] = clv(p, value, x, tx, T, horizon, u, config.discountRate);
    }
  }
  if (tau < D) result.holdout = holdoutCheck(result, base, p, tau, D, u, members);
  return result;
}

/** The sufficiency notes of one fit: not converged, a parameter at a bound, no standard errors. */
export function fitNotes(notes: EngineMessage[], model: string, fit: FitSummary<string>) {
  if (!fit.converged) notes.push({ code: 'engine.forecast.notConverged', params: { model, iterations: fit.iterations, gradient: +fit.gradientNorm.toPrecision(2) } });
  for (const parameter of fit.atBound) notes.push({ code: 'engine.forecast.atBound', params: { model, parameter } });
  if (!fit.atBound.length && Object.values(fit.standardErrors).some((se) => Number.isNaN(se))) notes.push({ code: 'engine.forecast.noStandardErrors', params: { model } });
}

function holdoutCheck(
  result: ValueForecastResult,
  base: ReturnType<typeof customerBase>,
  p: Parameters<typeof expectedPurchasesNew>[0],
  tau: number,
  D: number,
  u: number,
  members: number[]
): HoldoutCheck {
  // The expected repeat purchases of a new customer, per lag in days from the first purchase day.
  const start = base.startDay;
  const span = D - start + 1;
  const newCustomer = new Float64Array(span);
  for (let lag = 1; lag < span; lag++) newCustomer[lag] = expectedPurchasesNew(p, lag / u);
  const units = Math.floor((D - start) / u) + 1;
  const unitEnd = new Int32Array(units);
  for (let k = 0; k < units; k++) unitEnd[k] = Math.min(D, Math.ceil(start + (k + 1) * u) - 1);
  const actual = new Float64Array(units), expected = new Float64Array(units);
  const cumulativeActual = new Float64Array(units), cumulativeExpected = new Float64Array(units);
  let day = 0, running = 0;
  for (let k = 0; k < units; k++) {
    for (; day <= unitEnd[k] - start; day++) running += base.repeatsByDay[day];
    cumulativeActual[k] = running;
    // Σ over first purchase days f ≤ e of (customers starting on f) · E[X((e − f)/u)].
    const e = unitEnd[k] - start;
    let sum = 0;
    for (let f = 0; f <= e; f++) if (base.firstByDay[f] > 0) sum += base.firstByDay[f] * newCustomer[e - f];
    cumulativeExpected[k] = sum;
    actual[k] = running - (k > 0 ? cumulativeActual[k - 1] : 0);
    expected[k] = sum - (k > 0 ? cumulativeExpected[k - 1] : 0);
  }
  const calibrationUnit = Math.min(units - 1, Math.floor((tau - start) / u));

  const rows = Array.from({ length: conditionalRows }, (_, frequency) => ({ frequency, customers: 0, actual: 0, predicted: 0 }));
  let totalActual = 0, totalPredicted = 0;
  for (const i of members) {
    const row = rows[Math.min(conditionalRows - 1, result.x[i])];
    row.customers++;
    row.actual += result.holdoutPurchases[i];
    row.predicted += result.expectedHoldout[i];
    totalActual += result.holdoutPurchases[i];
    totalPredicted += result.expectedHoldout[i];
  }
  for (const row of rows) {
    row.actual = row.customers ? row.actual / row.customers : NaN;
    row.predicted = row.customers ? row.predicted / row.customers : NaN;
  }
  return {
    length: (D - tau) / u,
    tracking: { unitEnd, calibrationUnit, actual, expected, cumulativeActual, cumulativeExpected },
    conditional: rows,
    totalActual,
    totalPredicted,
    errorPercent: totalActual > 0 ? ((totalPredicted - totalActual) / totalActual) * 100 : NaN
  };
}
