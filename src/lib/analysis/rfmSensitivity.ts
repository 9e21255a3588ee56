import { rfmScoring, scorable, type RfmConfig, type RfmMethod } from './rfm.ts';
import type { Summary } from './types.ts';

/** The scoring methods compared (METHOD §5): rank quantiles, the rfm package's breaks, thresholds, mean split. */
export const comparedMethods = ['rank', 'rfm-package', 'thresholds', 'mean'] as const satisfies readonly RfmMethod[];
export const comparedBins = [3, 4, 5] as const;

export interface SensitivityVariant {
  method: RfmMethod;
  bins: 3 | 4 | 5;
  /** False when the settings give no cut points for it (thresholds with another number of levels). */
  available: boolean;
  /** Levels no customer received, per dimension (ties; for a split, every level but 1 and k). */
  emptyLevels: { r: number[]; f: number[]; m: number[] };
}

export interface RfmSensitivity {
  /** Customers scored (a positive order). */
  customers: number;
  /** Variants at the current number of levels, one per method. */
  methods: SensitivityVariant[];
  /** methodChanges[i][j]: scored customers whose segment differs between methods i and j (null when either is unavailable). */
  methodChanges: (number | null)[][];
  /** Variants with the current method at k = 3, 4, 5. */
  bins: SensitivityVariant[];
  binChanges: (number | null)[][];
}

/**
 * How many customers change named segment (the current segment scheme) between scoring methods at the
 * current k, and between k = 3, 4, 5 with the current method (METHOD §10 with §5), with the levels ties
 * leave empty. Thresholds apply only where the settings have k − 1 cut points per dimension.
 */
export function rfmSensitivity(summary: Summary, config: RfmConfig): RfmSensitivity {
  const seen = new Map<string, { variant: SensitivityVariant; segment: Uint16Array | null }>();
  const segmentsOf = (method: RfmMethod, bins: 3 | 4 | 5) => {
    const key = `${method}/${bins}`;
    if (!seen.has(key)) seen.set(key, scoreWith(method, bins));
    return seen.get(key)!;
  };
  const scoreWith = (method: RfmMethod, bins: 3 | 4 | 5) => {
    const variant: SensitivityVariant = { method, bins, available: false, emptyLevels: { r: [], f: [], m: [] } };
    const t = config.thresholds;
    if (method === 'thresholds' && !(t.r.length === bins - 1 && t.f.length === bins - 1 && t.m.length === bins - 1)) return { variant, segment: null };
    const result = rfmScoring(summary, { ...config, method, bins });
    variant.available = true;
    variant.emptyLevels = { r: result.R.empty, f: result.F.empty, m: result.M.empty };
    return { variant, segment: result.segment };
  };
  const changes = (list: { segment: Uint16Array | null }[], r: Uint8Array) =>
    list.map((a) =>
      list.map((b) => {
        if (!a.segment || !b.segment) return null;
        let count = 0;
        for (let i = 0; i < r.length; i++) if (r[i] && a.segment[i] !== b.segment[i]) count++;
        return count;
      })
    );
  const byMethod = comparedMethods.map((m) => segmentsOf(m, config.bins));
  const byBins = comparedBins.map((k) => segmentsOf(config.method, k));
  const eligible = scorable(summary);
  let customers = 0;
  for (let i = 0; i < eligible.length; i++) customers += eligible[i];
  return {
    customers,
    methods: byMethod.map((x) => x.variant),
    methodChanges: changes(byMethod, eligible),
    bins: byBins.map((x) => x.variant),
    binChanges: changes(byBins, eligible)
  };
}
