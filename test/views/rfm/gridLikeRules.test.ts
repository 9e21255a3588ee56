import { describe, expect, test } from 'vitest';
import { gridLikeRules } from '../../../src/views/rfm/gridLikeRules.ts';
import { gridSegmentK } from '../../../src/lib/analysis/rfmSegments.ts';

/** The first rule that matches (r, f), as the engine applies custom tables. */
const match = (rules: ReturnType<typeof gridLikeRules>, r: number, f: number) => rules.find((x) => r >= x.r[0] && r <= x.r[1] && f >= x.f[0] && f <= x.f[1])?.name;

describe('gridLikeRules(k)', () => {
  test('k = 5: the ten grid segments as rectangles, any M', () => {
    const rules = gridLikeRules(5);
    expect(rules).toHaveLength(10);
    expect(rules.find((r) => r.name === 'champions')).toEqual({ name: 'champions', r: [5, 5], f: [4, 5], m: [1, 5] });
    expect(rules.find((r) => r.name === 'hibernating')).toEqual({ name: 'hibernating', r: [1, 2], f: [1, 2], m: [1, 5] });
  });

  test.each([3, 4, 5] as const)('k = %i: the table gives every R × F cell its grid segment', (k) => {
    const rules = gridLikeRules(k);
    for (let r = 1; r <= k; r++) for (let f = 1; f <= k; f++) expect(match(rules, r, f), `R${r} F${f}`).toBe(gridSegmentK(r, f, k));
    for (const rule of rules) expect(rule.m).toEqual([1, k]);
  });

  test('returns fresh rules each call', () => {
    const a = gridLikeRules(5);
    a[0].r[0] = 9;
    expect(gridLikeRules(5)[0].r[0]).not.toBe(9);
  });
});
