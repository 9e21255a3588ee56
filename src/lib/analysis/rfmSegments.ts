/** One row of a custom segment table; ranges are inclusive score ranges. */
export interface SegmentRule {
  name: string;
  r: [number, number];
  f: [number, number];
  m: [number, number];
  action?: string;
}

/** Name of the segment for customers that match no rule or cannot be scored. */
export const othersSegment = 'others';

/** The 10 segments of the default R × F grid (METHOD §5), in display order. */
export const gridSegments = [
  'champions',
  'loyal',
  'potentialLoyalist',
  'new',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLose',
  'hibernating'
] as const;

/** Segment of the 5 × 5 R × F grid for scores r, f in 1..5 (METHOD §5). */
export function gridSegment(r: number, f: number): (typeof gridSegments)[number] {
  if (!(r >= 1 && r <= 5 && f >= 1 && f <= 5 && Number.isInteger(r) && Number.isInteger(f))) {
    throw new RangeError(`invalid grid cell: R ${r}, F ${f} (expected scores 1 to 5)`);
  }
  if (r === 5) return f === 1 ? 'new' : f <= 3 ? 'potentialLoyalist' : 'champions';
  if (r === 4) return f === 1 ? 'promising' : f <= 3 ? 'potentialLoyalist' : 'loyal';
  if (r === 3) return f <= 2 ? 'aboutToSleep' : f === 3 ? 'needAttention' : 'loyal';
  return f <= 2 ? 'hibernating' : f <= 4 ? 'atRisk' : 'cantLose';
}

/**
 * Grid segment for k levels: scores are mapped onto the 5-level grid by their position
 * (level s of k → 1 + round(4·(s − 1)/(k − 1))), so k = 3 uses the grid's levels 1, 3, 5.
 */
export function gridSegmentK(r: number, f: number, k: number): (typeof gridSegments)[number] {
  const to5 = (s: number) => (k === 5 ? s : 1 + Math.round((4 * (s - 1)) / (k - 1)));
  return gridSegment(to5(r), to5(f));
}

/** The 8-class model (METHOD §5), index = class; R-F-M High/Low. */
export const eightClasses = [
  { key: 'importantValue', r: true, f: true, m: true },
  { key: 'importantRetain', r: false, f: true, m: true },
  { key: 'importantDevelop', r: true, f: false, m: true },
  { key: 'importantWinBack', r: false, f: false, m: true },
  { key: 'generalValue', r: true, f: true, m: false },
  { key: 'generalRetain', r: false, f: true, m: false },
  { key: 'generalDevelop', r: true, f: false, m: false },
  { key: 'generalWinBack', r: false, f: false, m: false }
] as const;

/** Class index 0..7 for High/Low on R, F and M. */
export function eightClass(rHigh: boolean, fHigh: boolean, mHigh: boolean): number {
  return (rHigh ? 0 : 1) + (fHigh ? 0 : 2) + (mHigh ? 0 : 4);
}

/** Index of the first rule whose inclusive ranges contain (r, f, m), or −1. */
export function matchRule(rules: readonly SegmentRule[], r: number, f: number, m: number): number {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && m >= rule.m[0] && m <= rule.m[1]) return i;
  }
  return -1;
}

/** Indices of rules that can never match for scores 1..k: every cell they cover is taken by an earlier rule (or they cover none). */
export function shadowedRules(rules: readonly SegmentRule[], k: number): number[] {
  const reachable = new Uint8Array(rules.length);
  for (let r = 1; r <= k; r++) {
    for (let f = 1; f <= k; f++) {
      for (let m = 1; m <= k; m++) {
        const i = matchRule(rules, r, f, m);
        if (i >= 0) reachable[i] = 1;
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < rules.length; i++) if (!reachable[i]) out.push(i);
  return out;
}
