import { dayOfIso, isoOfDay } from './day.ts';
import { monthEnds } from './monthEnds.ts';
import type { FullSummary } from './types.ts';

export interface LifecycleConfig {
  /** Snapshot date (ISO); null = analysis date. */
  snapshot: string | null;
  windowDays: number;
  horizonDays: number;
  /** Change band g as a fraction (0.2 = 20 %). */
  band: number;
  /** Transition matrix between these two dates (ISO); null = one window before the snapshot, and the snapshot. */
  from: string | null;
  to: string | null;
}

export type LifecycleStage = 'prospect' | 'exploration' | 'growing' | 'stable' | 'fluctuating' | 'declining' | 'lost';

export interface LifecycleResult {
  config: LifecycleConfig;
  snapshotDay: number;
  /** Stage index per customer into `stageKeys`; 255 = not yet a customer at the snapshot (no order up to it). */
  stage: Uint8Array;
  stageKeys: LifecycleStage[];
  stages: { stage: LifecycleStage; customers: number; revenue: number }[];
  /** Stage mix at each month end: months[i] = ISO date, counts[i][s] = customers. */
  mix: {
    months: string[];
    counts: number[][];
    /** Customers not yet customers at each month end (first order later), left out of that month's counts. */
    notYet?: number[];
    /** Stage per customer at each month end: stage[i · customers + c] (255 = not yet a customer), so a band lists its own customers. */
    stage?: Uint8Array;
  };
  transition: {
    fromDay: number;
    toDay: number;
    matrix: number[][];
    /** Customers not yet customers at fromDay (not in `matrix`), by their stage at toDay. */
    entered?: number[];
    /** Optional: stage index per customer at fromDay and at toDay (255 = not a customer yet), so the view can list a cell's customers. */
    fromStage?: Uint8Array;
    toStage?: Uint8Array;
  };
}

/** Stage code of a customer who has no order up to the snapshot (transactions: not yet a customer). */
export const notYetCustomer = 255;

const allStages: LifecycleStage[] = ['prospect', 'exploration', 'growing', 'stable', 'fluctuating', 'declining', 'lost'];

/**
 * The stage rule of METHOD §6 as a function of the snapshot day S (orders of the summary dated up to S):
 * stage index per customer into `stageKeys`, `notYetCustomer` for a customer without an order up to S
 * (a customer table's customers are prospects instead). Validates the settings.
 */
export function lifecycleStages(summary: FullSummary, config: Pick<LifecycleConfig, 'windowDays' | 'horizonDays' | 'band'>): {
  stageKeys: LifecycleStage[];
  stagesAt: (S: number) => Uint8Array;
  firstDataDay: number;
  /** Number of orders of customer c dated on or before d: the end of c's orders up to d in the summary's order arrays. */
  upTo: (c: number, d: number) => number;
} {
  const { windowDays: W, horizonDays: H, band: g } = config;
  if (!(W > 0 && Number.isFinite(W))) throw new RangeError(`invalid lifecycle windowDays: ${W} (expected a positive number of days)`);
  if (!(H > 0 && Number.isFinite(H))) throw new RangeError(`invalid lifecycle horizonDays: ${H} (expected a positive number of days)`);
  if (!(g >= 0 && g < 1)) throw new RangeError(`invalid lifecycle band: ${g} (expected a fraction in [0, 1))`);
  const { offsets, day, value } = summary.orders;
  const n = summary.ids.length;

  const prospects = summary.shape === 'customers';
  const stageKeys = prospects ? allStages : allStages.slice(1);
  const code = Object.fromEntries(stageKeys.map((s, i) => [s, i])) as Record<LifecycleStage, number>;

  // Per customer: first positive order day; per order: index of the latest positive order at or before it.
  const firstPositive = new Float64Array(n).fill(NaN);
  const lastPositiveAt = new Int32Array(day.length);
  let firstDataDay = Infinity;
  for (let c = 0; c < n; c++) {
    let last = -1;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      if (value[k] > 0) {
        if (last < 0) firstPositive[c] = day[k];
        last = k;
      }
      lastPositiveAt[k] = last;
    }
    if (offsets[c + 1] > offsets[c] && day[offsets[c]] < firstDataDay) firstDataDay = day[offsets[c]];
  }

  /** Number of orders of customer c dated on or before d (binary search in its sorted slice). */
  const upTo = (c: number, d: number): number => {
    let lo = offsets[c];
    let hi = offsets[c + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (day[mid] <= d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const positiveValue = (from: number, to: number): number => {
    let sum = 0;
    for (let k = from; k < to; k++) if (value[k] > 0) sum += value[k];
    return sum;
  };

  const stagesAt = (S: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let c = 0; c < n; c++) {
      const k = upTo(c, S);
      if (k === offsets[c]) {
        out[c] = prospects ? code.prospect : notYetCustomer;
        continue;
      }
      const first = firstPositive[c];
      if (first <= S && first > S - W) {
        out[c] = code.exploration;
        continue;
      }
      const lastK = lastPositiveAt[k - 1];
      if (lastK < 0 || day[lastK] <= S - H) {
        out[c] = code.lost;
        continue;
      }
      const kW = upTo(c, S - W);
      const now = positiveValue(kW, k);
      if (now === 0) {
        out[c] = code.declining;
        continue;
      }
      const before = positiveValue(upTo(c, S - 2 * W), kW);
      out[c] = now > before * (1 + g) ? code.growing : now < before * (1 - g) ? code.fluctuating : code.stable;
    }
    return out;
  };

  return { stageKeys, stagesAt, firstDataDay, upTo };
}

/**
 * Lifecycle stages (METHOD §6) at the snapshot (config.snapshot or the analysis date, never later),
 * the stage mix at every month end from the first data month to the snapshot, the transition matrix
 * between two dates and revenue by stage. `now` and `before` are the values of the customer's
 * positive orders in (S − W, S] and (S − 2W, S − W]. Null when there are no dated orders
 * (a customer table without dates).
 */
export function lifecycle(summary: FullSummary, config: LifecycleConfig): LifecycleResult | null {
  const { windowDays: W } = config;
  const stagesOf = lifecycleStages(summary, config);
  const { offsets, day, value } = summary.orders;
  const n = summary.ids.length;
  if (day.length === 0 || !Number.isFinite(summary.analysisDay)) return null;
  const { stageKeys, stagesAt, firstDataDay, upTo } = stagesOf;

  const D = summary.analysisDay;
  const snapshotDay = config.snapshot === null ? D : Math.min(isoDay(config.snapshot, 'snapshot'), D);
  const stage = stagesAt(snapshotDay);

  const stages = stageKeys.map((s) => ({ stage: s, customers: 0, revenue: 0 }));
  for (let c = 0; c < n; c++) {
    const s = stage[c];
    if (s === notYetCustomer) continue;
    stages[s].customers++;
    const k = upTo(c, snapshotDay);
    for (let j = upTo(c, snapshotDay - W); j < k; j++) stages[s].revenue += value[j];
  }

  const months: string[] = [];
  const counts: number[][] = [];
  const notYet: number[] = [];
  const ends = monthEnds(firstDataDay, snapshotDay);
  const mixStage = new Uint8Array(ends.length * n);
  for (const [i, end] of ends.entries()) {
    const at = end === snapshotDay ? stage : stagesAt(end);
    mixStage.set(at, i * n);
    const row = new Array<number>(stageKeys.length).fill(0);
    let missing = 0;
    for (let c = 0; c < n; c++) {
      if (at[c] === notYetCustomer) missing++;
      else row[at[c]]++;
    }
    months.push(isoOfDay(end));
    counts.push(row);
    notYet.push(missing);
  }

  const fromDay = config.from === null ? snapshotDay - W : isoDay(config.from, 'from');
  const toDay = config.to === null ? snapshotDay : isoDay(config.to, 'to');
  const fromStage = fromDay === snapshotDay ? stage : stagesAt(fromDay);
  const toStage = toDay === snapshotDay ? stage : stagesAt(toDay);
  const matrix = stageKeys.map(() => new Array<number>(stageKeys.length).fill(0));
  const entered = new Array<number>(stageKeys.length).fill(0);
  for (let c = 0; c < n; c++) {
    const a = fromStage[c];
    const b = toStage[c];
    if (b === notYetCustomer) continue;
    if (a === notYetCustomer) entered[b]++;
    else matrix[a][b]++;
  }

  return {
    config,
    snapshotDay,
    stage,
    stageKeys,
    stages,
    mix: { months, counts, notYet, stage: mixStage },
    transition: { fromDay, toDay, matrix, entered, fromStage, toStage }
  };
}

function isoDay(iso: string, name: string): number {
  const d = dayOfIso(iso);
  if (Number.isNaN(d)) throw new RangeError(`invalid lifecycle ${name}: ${iso} (expected YYYY-MM-DD)`);
  return d;
}
