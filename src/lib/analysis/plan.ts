import { abcClasses, type AbcResult } from './abc.ts';
import { median } from './median.ts';
import { yearly } from './yearly.ts';
import type { Summary } from './types.ts';

export interface PlanClass {
  cls: string;
  /** Contact rhythm: phone every N weeks, visit every M months. */
  phoneWeeks: number;
  visitMonths: number;
  measures: string;
}

export interface PlanConfig {
  classes: PlanClass[];
}

export interface PlanRow {
  cls: string;
  customers: number;
  /** Standard filled from the data: minimum yearly revenue and yearly orders of the class. */
  minYearlyRevenue: number;
  minYearlyOrders: number;
  /** The class's typical yearly orders (median), a more telling order standard than the minimum. */
  medianYearlyOrders?: number;
  /** The class's largest yearly revenue (the bound of the lowest class, whose minimum says little). */
  maxYearlyRevenue?: number;
  meanYearlyRevenue: number;
  phoneWeeks: number;
  visitMonths: number;
  measures: string;
}

export interface PlanResult {
  rows: PlanRow[];
}

/**
 * Management plan (分层管理措施, METHOD §7): per ABC class listed in the config, the customers and the
 * standard filled from the data — the minimum yearly revenue and yearly orders (F) of the class, its
 * median yearly orders and its mean yearly revenue (yearly() explains the scaling; customer tables: the numbers as they are) —
 * with the config's contact rhythm and measures. Empty classes give NaN standards.
 */
export function plan(summary: Summary, abc: AbcResult, config: PlanConfig): PlanResult {
  const revenue = yearly(summary, summary.revenue);
  const orders = yearly(summary, summary.frequency);
  const rows = config.classes.map((pc) => {
    const code = (abcClasses as readonly string[]).indexOf(pc.cls);
    if (code < 0) throw new RangeError(`invalid plan class: ${pc.cls} (expected one of ${abcClasses.join(', ')})`);
    let customers = 0;
    let minRevenue = Infinity;
    let maxRevenue = -Infinity;
    let minOrders = Infinity;
    let sum = 0;
    let known = 0;
    const classOrders: number[] = [];
    for (let i = 0; i < abc.cls.length; i++) {
      if (abc.cls[i] !== code) continue;
      customers++;
      if (revenue[i] === revenue[i]) {
        if (revenue[i] < minRevenue) minRevenue = revenue[i];
        if (revenue[i] > maxRevenue) maxRevenue = revenue[i];
        sum += revenue[i];
        known++;
      }
      if (orders[i] < minOrders) minOrders = orders[i];
      classOrders.push(orders[i]);
    }
    return {
      cls: pc.cls,
      customers,
      minYearlyRevenue: known ? minRevenue : NaN,
      maxYearlyRevenue: known ? maxRevenue : NaN,
      minYearlyOrders: minOrders === Infinity ? NaN : minOrders,
      medianYearlyOrders: median(classOrders),
      meanYearlyRevenue: known ? sum / known : NaN,
      phoneWeeks: pc.phoneWeeks,
      visitMonths: pc.visitMonths,
      measures: pc.measures
    };
  });
  return { rows };
}
