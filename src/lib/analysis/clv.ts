import { expectedPurchases, type BgnbdParams } from './bgnbd.ts';

/** Days per month of METHOD §9 (365.25 / 12). */
export const monthDays = 30.4375;

/**
 * CLV over a horizon (METHOD §9): the horizon split into months; month k contributes
 * (E[X(k months)] − E[X(k−1 months)]) · E[M] / (1 + d)^(k/12), E[X] the BG/NBD conditional
 * expectation. A horizon that is not a whole number of months ends with a partial month,
 * discounted at its end (exponent = horizon in months / 12); see docs/METHOD-NOTES.md.
 *
 * @param horizon in time units; `unitDays` days per unit; `discountRate` yearly, e.g. 0.1.
 */
export function clv(
  params: BgnbdParams,
  orderValue: number,
  x: number,
  tx: number,
  T: number,
  horizon: number,
  unitDays: number,
  discountRate: number
): number {
  const months = (horizon * unitDays) / monthDays;
  const unitsPerMonth = monthDays / unitDays;
  const steps = Math.ceil(months - 1e-9);
  let total = 0;
  let previous = 0;
  for (let k = 1; k <= steps; k++) {
    const end = Math.min(k, months);
    const expected = expectedPurchases(params, end * unitsPerMonth, x, tx, T);
    total += ((expected - previous) * orderValue) / Math.pow(1 + discountRate, end / 12);
    previous = expected;
  }
  return total;
}
