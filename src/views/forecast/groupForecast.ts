import type { ValueForecastResult } from '../../lib/analysis/valueForecast.ts';

/** The forecast of one group of customers (an RFM segment, an ABC class). */
export interface ForecastGroup {
  code: number;
  label: string;
  /** Customers of the group in the forecast base. */
  customers: number;
  /** Mean P(alive) over them; NaN when none has one. */
  meanPAlive: number;
  /** Sum of their CLV (customers without one left out); NaN when none has one. */
  totalClv: number;
  /** Summary indices of the group's customers in the base, ascending. */
  members: Int32Array;
}

/**
 * Mean P(alive) and total CLV per group code (codes[i] of customer i; `labels[code]`, or `other` for
 * a code without a label), for the customers of the forecast base; groups in code order, empty ones left out.
 */
export function groupForecast(fc: Pick<ValueForecastResult, 'included' | 'pAlive' | 'clv'>, codes: ArrayLike<number>, labels: readonly string[], other: string): ForecastGroup[] {
  if (codes.length !== fc.included.length) throw new RangeError(`invalid codes: ${codes.length} for ${fc.included.length} customers`);
  const groups = new Map<number, { members: number[]; alive: number; aliveN: number; clv: number; clvN: number }>();
  for (let i = 0; i < codes.length; i++) {
    if (!fc.included[i]) continue;
    let g = groups.get(codes[i]);
    if (!g) groups.set(codes[i], (g = { members: [], alive: 0, aliveN: 0, clv: 0, clvN: 0 }));
    g.members.push(i);
    if (Number.isFinite(fc.pAlive[i])) { g.alive += fc.pAlive[i]; g.aliveN++; }
    if (Number.isFinite(fc.clv[i])) { g.clv += fc.clv[i]; g.clvN++; }
  }
  return [...groups.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([code, g]) => ({
      code,
      label: labels[code] ?? other,
      customers: g.members.length,
      meanPAlive: g.aliveN ? g.alive / g.aliveN : NaN,
      totalClv: g.clvN ? g.clv : NaN,
      members: Int32Array.from(g.members)
    }));
}
