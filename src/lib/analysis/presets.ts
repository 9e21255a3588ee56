import type { AnalysisConfig } from './analyze.ts';
import type { SegmentRule } from './rfmSegments.ts';

/** ABC threshold presets (METHOD §3). */
export const abcPresets = [
  { key: '80-95', a: 0.8, b: 0.95 },
  { key: '70-90', a: 0.7, b: 0.9 },
  { key: '55-85', a: 0.55, b: 0.85 }
] as const;

/** Pyramid presets (METHOD §4): tier sizes, top first. */
export const pyramidPresets = [
  { key: 'four', tiers: [0.01, 0.04, 0.15, 0.8] },
  { key: 'three', tiers: [0.2, 0.3, 0.5] }
] as const;

/** The textbook recency table (METHOD §5): R ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1. */
export const textbookRecencyCuts = [7, 30, 60, 120];

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

/** The R package's vignette segment table (METHOD §5), in its order. */
export const vignetteSegments: SegmentRule[] = [
  rule('champions', [5, 5], [5, 5], [5, 5]),
  rule('potentialLoyalist', [3, 5], [3, 5], [2, 5]),
  rule('loyal', [2, 4], [2, 4], [2, 4]),
  rule('promising', [3, 4], [1, 3], [3, 5]),
  rule('new', [4, 5], [1, 3], [1, 5]),
  rule('cantLose', [1, 2], [3, 4], [4, 5]),
  rule('atRisk', [1, 2], [2, 5], [4, 5]),
  rule('needAttention', [1, 3], [3, 5], [3, 5]),
  rule('aboutToSleep', [2, 3], [1, 3], [1, 4]),
  rule('lost', [1, 1], [1, 5], [1, 5])
];

/** The segment table of the R package's tests (METHOD §5), in its order. */
export const testsSegments: SegmentRule[] = [
  rule('champions', [4, 5], [4, 5], [4, 5]),
  rule('loyal', [2, 5], [3, 5], [3, 5]),
  rule('potentialLoyalist', [3, 5], [1, 3], [1, 3]),
  rule('new', [4, 5], [1, 1], [1, 1]),
  rule('promising', [3, 4], [1, 1], [1, 1]),
  rule('needAttention', [2, 3], [2, 3], [2, 3]),
  rule('aboutToSleep', [2, 3], [1, 2], [1, 2]),
  rule('atRisk', [1, 2], [2, 5], [2, 5]),
  rule('cantLose', [1, 1], [4, 5], [4, 5]),
  rule('lost', [1, 2], [1, 2], [1, 2])
];

/** The rule table of a preset scheme (a copy), or the config's custom rules. */
export function segmentRules(scheme: string, custom: SegmentRule[]): SegmentRule[] {
  const copy = (rules: SegmentRule[]) => rules.map((r) => ({ ...r, r: [...r.r] as [number, number], f: [...r.f] as [number, number], m: [...r.m] as [number, number] }));
  if (scheme === 'rfm-package-vignette') return copy(vignetteSegments);
  if (scheme === 'rfm-package-tests') return copy(testsSegments);
  return copy(custom);
}

/**
 * The "R rfm package" compatibility preset (METHOD §2): F counts rows, the package's breaks
 * with 5 levels, all history, net sum, and the package vignette's segment table.
 */
export function rRfmPreset(config: AnalysisConfig): AnalysisConfig {
  return {
    ...config,
    summary: { ...config.summary, windowDays: null, frequency: 'rows', monetary: 'sum' },
    rfm: { ...config.rfm, method: 'rfm-package', bins: 5, segments: 'rfm-package-vignette', customSegments: segmentRules('rfm-package-vignette', []) }
  };
}
