import { notYet, type ClassifierAt } from './classifierAt.ts';
import { isoOfDay, monthEnd } from './day.ts';
import { ordersBetween } from './ordersBetween.ts';
import type { FullSummary } from './types.ts';

/** Node of a migration: a class key, or one of these two. */
export const entered = 'entered';
export const left = 'left';

export interface MigrationCell {
  from: string;
  to: string;
  customers: number;
  /** Net revenue of the cell's customers in (E₁, E₂]. */
  revenue: number;
}

export interface MigrationResult {
  by: string;
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  /** The classifier's classes; codes below index `nodes`: keys, then `entered` (from side) and `left` (to side). */
  keys: string[];
  nodes: string[];
  /** Node index per full-summary customer at E₁ and E₂; `notYet` (255) for customers without an order up to E₂ (not in the migration). */
  fromNode: Uint8Array;
  toNode: Uint8Array;
  /** Epoch day of the last change per customer (METHOD §10), NaN when the class at E₁ held at every snapshot. */
  lastChange: Float64Array;
  /** Net revenue per customer in (E₁, E₂]. */
  revenue: Float64Array;
  /** Non-empty cells, from-major in node order. */
  matrix: MigrationCell[];
  /** The snapshot dates: E₁, the month ends between, E₂. */
  snapshots: number[];
}

/** E₁, every month end strictly between, and E₂. */
export function snapshotDays(fromDay: number, toDay: number): number[] {
  const out = [fromDay];
  for (let end = monthEnd(fromDay) === fromDay ? monthEnd(fromDay + 1) : monthEnd(fromDay); end < toDay; end = monthEnd(end + 1)) out.push(end);
  out.push(toDay);
  return out;
}

/**
 * Migration between E₁ < E₂ (METHOD §10): each customer's class at both dates; customers without an order up to
 * E₁ "entered"; for a method without a class of its own for them, customers without a positive-value order in the
 * churn horizon (E − H, E] "left" at E₂ and at the month ends between (the class at E₁ is the method's class).
 * Last change: the first snapshot (month end between, or E₂) from which the state stayed as at E₂.
 */
export function migration(full: FullSummary, classifier: ClassifierAt, fromDay: number, toDay: number, horizonDays: number): MigrationResult {
  if (!(fromDay < toDay)) throw new RangeError(`invalid migration dates: ${isoOfDay(fromDay)} to ${isoOfDay(toDay)} (expected the first date before the second)`);
  if (!(horizonDays > 0)) throw new RangeError(`invalid churn horizon: ${horizonDays} days`);
  const { keys } = classifier;
  if (keys.length + 2 >= notYet) throw new RangeError(`too many classes for a migration: ${keys.length}`);
  const K = keys.length;
  const nodes = [...keys, entered, left];
  const n = full.ids.length;
  const { offsets, day, value } = full.orders;
  const snapshots = snapshotDays(fromDay, toDay);

  /** Day of each customer's latest positive-value order up to t (orders sorted by day): kept incrementally over ascending t. */
  const cursor = Int32Array.from(offsets.subarray(0, n));
  const lastPositive = new Float64Array(n).fill(-Infinity);
  const stateAt = (t: number, withLeft: boolean): Uint8Array => {
    const cls = classifier.at(t);
    const out = new Uint8Array(n);
    for (let c = 0; c < n; c++) {
      let k = cursor[c];
      const end = offsets[c + 1];
      for (; k < end && day[k] <= t; k++) if (value[k] > 0) lastPositive[c] = day[k];
      cursor[c] = k;
      const x = cls[c];
      if (x === notYet) out[c] = K;
      else if (withLeft && !classifier.hasLost && !(lastPositive[c] > t - horizonDays)) out[c] = K + 1;
      else out[c] = x;
    }
    return out;
  };

  const first = stateAt(fromDay, false);
  const states: Uint8Array[] = [first];
  for (let j = 1; j < snapshots.length; j++) states.push(stateAt(snapshots[j], true));
  const last = states[states.length - 1];
  const fromNode = new Uint8Array(n).fill(notYet);
  const toNode = new Uint8Array(n).fill(notYet);
  const lastChange = new Float64Array(n).fill(NaN);
  const { revenue } = ordersBetween(full.orders, fromDay, toDay);
  const counts = new Float64Array(nodes.length * nodes.length);
  const sums = new Float64Array(nodes.length * nodes.length);
  for (let c = 0; c < n; c++) {
    if (last[c] === K) continue;
    fromNode[c] = first[c];
    toNode[c] = last[c];
    let j = states.length - 1;
    while (j > 0 && states[j - 1][c] === last[c]) j--;
    if (j > 0) lastChange[c] = snapshots[j];
    const cell = first[c] * nodes.length + last[c];
    counts[cell]++;
    sums[cell] += revenue[c];
  }
  const matrix: MigrationCell[] = [];
  for (let a = 0; a < nodes.length; a++) {
    for (let b = 0; b < nodes.length; b++) {
      const cell = a * nodes.length + b;
      if (counts[cell]) matrix.push({ from: nodes[a], to: nodes[b], customers: counts[cell], revenue: sums[cell] });
    }
  }
  return { by: classifier.by, from: isoOfDay(fromDay), to: isoOfDay(toDay), fromDay, toDay, keys, nodes, fromNode, toNode, lastChange, revenue, matrix, snapshots };
}
