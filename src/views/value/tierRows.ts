import type { ValueScoreResult } from '../../lib/analysis/valueScore.ts';

export interface TierRow {
  /** Tier code as in ValueScoreResult.tier: 1.. for the bands, 0 below every band. */
  tier: number;
  /** Score range [lower, upper): upper is 100 (inclusive) for tier 1. */
  lower: number;
  upper: number;
  customers: number;
  customerShare: number;
  value: number;
}

/** The tier table: one row per band (top first) and, when any customer scored below every band, a last row for them (tier 0). */
export function tierRows(result: Pick<ValueScoreResult, 'tiers' | 'tier'>): TierRow[] {
  const n = result.tier.length;
  const rows: TierRow[] = result.tiers.map((t, k) => ({
    tier: t.tier,
    lower: t.lower,
    upper: k === 0 ? 100 : result.tiers[k - 1].lower,
    customers: t.customers,
    customerShare: n > 0 ? t.customers / n : NaN,
    value: t.value
  }));
  const inTiers = rows.reduce((s, r) => s + r.customers, 0);
  if (inTiers < n) {
    const last = result.tiers.at(-1);
    rows.push({ tier: 0, lower: 0, upper: last ? last.lower : 100, customers: n - inTiers, customerShare: (n - inTiers) / n, value: NaN });
  }
  return rows;
}

/** The tier table as CSV rows (header first). */
export function tierCsv(rows: readonly TierRow[], tierName: (tier: number) => string, translate: (key: string) => string): (string | number)[][] {
  const header = ['tier', 'lower', 'upper', 'customers', 'customerShare', 'revenue'].map((k) => translate(`value.csv.${k}`));
  const round = (v: number, d: number) => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : NaN);
  return [header, ...rows.map((r) => [tierName(r.tier), r.lower, r.upper, r.customers, round(r.customerShare, 6), round(r.value, 2)])];
}
