import { histogram, type Histogram } from './histogram.ts';
import { median } from './median.ts';
import { segmentRules } from './presets.ts';
import { eightClass, eightClasses, gridSegmentK, gridSegments, matchRule, othersSegment, shadowedRules, type SegmentRule } from './rfmSegments.ts';
import { packageScores, rankScores, splitScores, splitValue, thresholdScores, type Better, type DimensionScores } from './rfmScores.ts';
import type { Summary } from './types.ts';

export type RfmMethod = 'rank' | 'rfm-package' | 'thresholds' | 'mean' | 'median';

export type SegmentScheme = 'grid' | 'eight' | 'rfm-package-vignette' | 'rfm-package-tests' | 'custom';

export interface RfmConfig {
  method: RfmMethod;
  /** Levels per dimension: 3, 4 or 5. */
  bins: 3 | 4 | 5;
  /** Cut points for method 'thresholds' (k − 1 values each, ascending). R in days: a value ≤ cut i gets the higher score. */
  thresholds: { r: number[]; f: number[]; m: number[] };
  segments: SegmentScheme;
  /** Rules for 'custom' (and the editable copy of a preset). */
  customSegments: SegmentRule[];
  /** Split used by the 8-class model. */
  split: 'mean' | 'median';
  /** Suggested actions edited by the user, by segment name (override SegmentSummary.action on screen and in exports). */
  actions?: Record<string, string>;
}

export interface RfmThresholds {
  /** Per dimension, the bin edges actually used, described so they can be shown: for level s, [lower, upper] in the dimension's units. */
  r: { level: number; min: number; max: number }[];
  f: { level: number; min: number; max: number }[];
  m: { level: number; min: number; max: number }[];
  /** Cut points as applied (method-specific, shown verbatim). */
  cuts: { r: number[]; f: number[]; m: number[] };
}

export interface SegmentSummary {
  name: string;
  customers: number;
  customerShare: number;
  orders: number;
  revenue: number;
  revenueShare: number;
  aov: number;
  medianR: number;
  medianF: number;
  medianM: number;
  action: string;
}

export interface RfmResult {
  config: RfmConfig;
  /** Scores per customer (0 when not scorable, e.g. no positive order). */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  thresholds: RfmThresholds;
  /** Levels left empty per dimension (ties), for the UI to explain. */
  emptyLevels: { r: number[]; f: number[]; m: number[] };
  /** Segment index per customer into `segments`. */
  segment: Uint16Array;
  segments: SegmentSummary[];
  /** For custom tables: indices of rules that can never match (shadowed). */
  shadowed: number[];
  /** R × F grid: grid[r-1][f-1] = { customers, meanM }. */
  grid: { customers: number; meanM: number; segment: string }[][];
  /** The 8-class model (always computed): class index 0..7 per customer and its summary. */
  eight: { cls: Uint8Array; classes: SegmentSummary[]; split: { r: number; f: number; m: number } };
  /** Histograms of R, F and M for the view. */
  histograms: { r: Histogram; f: Histogram; m: Histogram };
}

/** Customers that can be scored: a positive order (finite R), F > 0 and a finite M. */
export function scorable(summary: Summary): Uint8Array {
  const n = summary.ids.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = Number.isFinite(summary.recencyDays[i]) && summary.frequency[i] > 0 && Number.isFinite(summary.monetary[i]) ? 1 : 0;
  }
  return out;
}

/** Whether the summary has recency at all (transactions, or a customer table with a recency and a frequency column). */
export function rfmAvailable(summary: Summary): boolean {
  return scorable(summary).some((v) => v === 1);
}

/** The catalogue key of a built-in segment's default action; custom rules bring their own. */
export function defaultAction(name: string): string {
  return `segment.${name}.action`;
}

function scoreDimension(values: Float64Array, eligible: Uint8Array, config: RfmConfig, cuts: number[], better: Better): DimensionScores {
  const k = config.bins;
  switch (config.method) {
    case 'rank':
      return rankScores(values, eligible, k, better);
    case 'rfm-package':
      return packageScores(values, eligible, k, better);
    case 'thresholds':
      if (cuts.length !== k - 1) throw new RangeError(`invalid thresholds: ${cuts.length} cut points for ${k} levels (expected ${k - 1})`);
      return thresholdScores(values, eligible, cuts, better);
    case 'mean':
    case 'median':
      return splitScores(values, eligible, k, better, config.method);
    default:
      throw new RangeError(`invalid RFM method: ${String(config.method)}`);
  }
}

/** The scores, the 8-class model and the named segment of every customer (the classification part of rfm()). */
export interface RfmScoring {
  eligible: Uint8Array;
  R: DimensionScores;
  F: DimensionScores;
  M: DimensionScores;
  split: { r: number; f: number; m: number };
  /** 8-class index per customer (255 = not scorable). */
  eightCls: Uint8Array;
  eightMembers: { name: string; action: string }[];
  /** Segment index per customer into `names` ("others" last). */
  segment: Uint16Array;
  names: { name: string; action: string }[];
  shadowed: number[];
}

/** RFM scores and segments only (METHOD §5), without the summaries, grid and histograms. */
export function rfmScoring(summary: Summary, config: RfmConfig): RfmScoring {
  if (![3, 4, 5].includes(config.bins)) throw new RangeError(`invalid RFM levels: ${config.bins} (expected 3, 4 or 5)`);
  const n = summary.ids.length;
  const k = config.bins;
  const eligible = scorable(summary);
  const R = scoreDimension(summary.recencyDays, eligible, config, config.thresholds.r, 'lower');
  const F = scoreDimension(summary.frequency, eligible, config, config.thresholds.f, 'higher');
  const M = scoreDimension(summary.monetary, eligible, config, config.thresholds.m, 'higher');
  const r = R.score;
  const f = F.score;
  const m = M.score;
  // 8-class model on the mean or median split, always.
  const split = {
    r: splitValue(summary.recencyDays, eligible, config.split),
    f: splitValue(summary.frequency, eligible, config.split),
    m: splitValue(summary.monetary, eligible, config.split)
  };
  const eightCls = new Uint8Array(n).fill(255);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    eightCls[i] = eightClass(summary.recencyDays[i] < split.r, summary.frequency[i] > split.f, summary.monetary[i] > split.m);
  }
  const eightMembers = eightClasses.map((c) => ({ name: c.key, action: defaultAction(c.key) }));

  // Named segments.
  let names: { name: string; action: string }[];
  const segment = new Uint16Array(n);
  let shadowed: number[] = [];
  if (config.segments === 'grid') {
    names = gridSegments.map((name) => ({ name, action: defaultAction(name) }));
    const index = new Map(gridSegments.map((name, i) => [name as string, i]));
    for (let i = 0; i < n; i++) segment[i] = eligible[i] ? index.get(gridSegmentK(r[i], f[i], k))! : names.length;
  } else if (config.segments === 'eight') {
    names = eightMembers;
    for (let i = 0; i < n; i++) segment[i] = eligible[i] ? eightCls[i] : names.length;
  } else if (config.segments === 'rfm-package-vignette' || config.segments === 'rfm-package-tests' || config.segments === 'custom') {
    const rules = segmentRules(config.segments, config.customSegments);
    shadowed = shadowedRules(rules, k);
    const builtIn = config.segments !== 'custom';
    names = rules.map((rule) => ({ name: rule.name, action: rule.action ?? (builtIn ? defaultAction(rule.name) : '') }));
    for (let i = 0; i < n; i++) {
      const hit = eligible[i] ? matchRule(rules, r[i], f[i], m[i]) : -1;
      segment[i] = hit >= 0 ? hit : names.length;
    }
  } else {
    throw new RangeError(`invalid segment scheme: ${String(config.segments)}`);
  }
  names.push({ name: othersSegment, action: defaultAction(othersSegment) });

  return { eligible, R, F, M, split, eightCls, eightMembers, segment, names, shadowed };
}

/** RFM scores, named segments, the 8-class model, the R × F grid and histograms (METHOD §5). */
export function rfm(summary: Summary, config: RfmConfig): RfmResult {
  const n = summary.ids.length;
  const k = config.bins;
  const { eligible, R, F, M, split, eightCls, eightMembers, segment, names, shadowed } = rfmScoring(summary, config);
  const r = R.score;
  const f = F.score;
  const m = M.score;
  const segments = summarise(summary, segment, names);
  const eight = summarise(summary, eightCls, eightMembers);

  const grid: RfmResult['grid'] = [];
  for (let rs = 1; rs <= k; rs++) {
    const row: RfmResult['grid'][number] = [];
    for (let fs = 1; fs <= k; fs++) row.push({ customers: 0, meanM: 0, segment: '' });
    grid.push(row);
  }
  const cellVotes: Map<number, number>[][] = grid.map((row) => row.map(() => new Map()));
  for (let i = 0; i < n; i++) {
    if (!r[i] || !f[i]) continue;
    const cell = grid[r[i] - 1][f[i] - 1];
    cell.customers++;
    cell.meanM += summary.monetary[i];
    const votes = cellVotes[r[i] - 1][f[i] - 1];
    votes.set(segment[i], (votes.get(segment[i]) ?? 0) + 1);
  }
  for (let rs = 0; rs < k; rs++) {
    for (let fs = 0; fs < k; fs++) {
      const cell = grid[rs][fs];
      if (cell.customers) cell.meanM /= cell.customers;
      if (config.segments === 'grid') cell.segment = gridSegmentK(rs + 1, fs + 1, k);
      else {
        let best = -1;
        let bestVotes = 0;
        for (const [s, v] of cellVotes[rs][fs]) if (v > bestVotes || (v === bestVotes && s < best)) [best, bestVotes] = [s, v];
        cell.segment = best >= 0 ? names[best].name : '';
      }
    }
  }

  const pick = (values: Float64Array) => Float64Array.from({ length: n }, (_, i) => (eligible[i] ? values[i] : NaN));
  return {
    config: structuredCloneConfig(config),
    r,
    f,
    m,
    thresholds: { r: R.levels, f: F.levels, m: M.levels, cuts: { r: R.cuts, f: F.cuts, m: M.cuts } },
    emptyLevels: { r: R.empty, f: F.empty, m: M.empty },
    segment,
    segments,
    shadowed,
    grid,
    eight: { cls: eightCls, classes: eight.slice(0, 8), split },
    histograms: { r: histogram(pick(summary.recencyDays)), f: histogram(pick(summary.frequency)), m: histogram(pick(summary.monetary)) }
  };
}

function structuredCloneConfig(config: RfmConfig): RfmConfig {
  return {
    ...config,
    thresholds: { r: [...config.thresholds.r], f: [...config.thresholds.f], m: [...config.thresholds.m] },
    customSegments: config.customSegments.map((s) => ({ ...s, r: [...s.r], f: [...s.f], m: [...s.m] }))
  };
}

/** Per segment: customers, orders (F), revenue, shares, average order value and median R/F/M. */
export function summarise(summary: Summary, segment: ArrayLike<number>, names: { name: string; action: string }[]): SegmentSummary[] {
  const n = summary.ids.length;
  const members: number[][] = names.map(() => []);
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) {
    const revenue = summary.revenue[i];
    if (revenue === revenue) totalRevenue += revenue;
    const s = segment[i];
    if (s < members.length) members[s].push(i);
  }
  return names.map(({ name, action }, s) => {
    const list = members[s];
    let orders = 0;
    let revenue = 0;
    for (const i of list) {
      if (summary.frequency[i] === summary.frequency[i]) orders += summary.frequency[i];
      if (summary.revenue[i] === summary.revenue[i]) revenue += summary.revenue[i];
    }
    const of = (values: Float64Array) => median(list.map((i) => values[i]));
    return {
      name,
      customers: list.length,
      customerShare: n ? list.length / n : 0,
      orders,
      revenue,
      revenueShare: totalRevenue > 0 ? revenue / totalRevenue : 0,
      aov: orders > 0 ? revenue / orders : 0,
      medianR: of(summary.recencyDays),
      medianF: of(summary.frequency),
      medianM: of(summary.monetary),
      action
    };
  });
}
