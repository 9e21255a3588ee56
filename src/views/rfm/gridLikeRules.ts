import { gridSegmentK, gridSegments, type SegmentRule } from '../../lib/analysis/rfmSegments.ts';

/**
 * The default R × F grid as an editable custom table for k levels: one rule per grid segment covering the
 * bounding box of its cells (any M), in the grid's display order. For k = 5 each segment is exactly a
 * rectangle, so the table reproduces the grid.
 */
export function gridLikeRules(k: 3 | 4 | 5): SegmentRule[] {
  const box = new Map<string, { r: [number, number]; f: [number, number] }>();
  for (let r = 1; r <= k; r++) {
    for (let f = 1; f <= k; f++) {
      const s = gridSegmentK(r, f, k);
      const b = box.get(s);
      if (!b) box.set(s, { r: [r, r], f: [f, f] });
      else {
        b.r = [Math.min(b.r[0], r), Math.max(b.r[1], r)];
        b.f = [Math.min(b.f[0], f), Math.max(b.f[1], f)];
      }
    }
  }
  return gridSegments.filter((s) => box.has(s)).map((name) => ({ name, r: box.get(name)!.r, f: box.get(name)!.f, m: [1, k] as [number, number] }));
}
