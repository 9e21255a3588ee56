import { describe, expect, test } from 'vitest';
import { testsSegments, vignetteSegments } from '../../src/lib/analysis/presets.ts';
import { eightClass, eightClasses, gridSegment, gridSegmentK, gridSegments, matchRule, shadowedRules, type SegmentRule } from '../../src/lib/analysis/rfmSegments.ts';

// METHOD §5's grid written out cell by cell: rows R5 … R1, columns F1 … F5.
const P = 'potentialLoyalist', H = 'hibernating', AS = 'aboutToSleep', AR = 'atRisk';
const methodGrid: Record<number, string[]> = {
  5: ['new', P, P, 'champions', 'champions'],
  4: ['promising', P, P, 'loyal', 'loyal'],
  3: [AS, AS, 'needAttention', 'loyal', 'loyal'],
  2: [H, H, AR, AR, 'cantLose'],
  1: [H, H, AR, AR, 'cantLose']
};

describe('gridSegment(r, f): the 10-segment R × F grid', () => {
  test.each([5, 4, 3, 2, 1])('row R%i as METHOD §5', (r) => {
    expect([1, 2, 3, 4, 5].map((f) => gridSegment(r, f))).toEqual(methodGrid[r]);
  });

  test('all 25 cells covered exactly once, by all 10 segments', () => {
    const cells = new Map<string, number>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) cells.set(gridSegment(r, f), (cells.get(gridSegment(r, f)) ?? 0) + 1);
    expect([...cells.keys()].sort()).toEqual([...gridSegments].sort());
    expect([...cells.values()].reduce((a, b) => a + b, 0)).toBe(25);
  });

  test('scores outside 1..5 are refused', () => {
    expect(() => gridSegment(0, 3)).toThrow(/R 0, F 3/);
    expect(() => gridSegment(2, 6)).toThrow(/F 6/);
    expect(() => gridSegment(2.5, 1)).toThrow(/R 2.5/);
  });

  test.each([
    // k, level → grid level
    [3, [1, 3, 5]],
    [4, [1, 2, 4, 5]],
    [5, [1, 2, 3, 4, 5]]
  ])('k = %i maps levels onto the 5-level grid as %j', (k, to5) => {
    for (let r = 1; r <= k; r++) for (let f = 1; f <= k; f++) expect(gridSegmentK(r, f, k)).toBe(gridSegment(to5[r - 1], to5[f - 1]));
  });
});

describe('eightClass(): the 8-class model', () => {
  // METHOD §5: R-F-M High/Low.
  test.each([
    ['HHH', 'importantValue'],
    ['LHH', 'importantRetain'],
    ['HLH', 'importantDevelop'],
    ['LLH', 'importantWinBack'],
    ['HHL', 'generalValue'],
    ['LHL', 'generalRetain'],
    ['HLL', 'generalDevelop'],
    ['LLL', 'generalWinBack']
  ])('%s → %s', (code, key) => {
    const [r, f, m] = [...code].map((c) => c === 'H');
    expect(eightClasses[eightClass(r, f, m)].key).toBe(key);
    expect(eightClasses[eightClass(r, f, m)]).toMatchObject({ r, f, m });
  });
});

const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]): SegmentRule => ({ name, r, f, m });

describe('matchRule() and shadowedRules(): custom ordered tables', () => {
  const rules = [rule('a', [4, 5], [4, 5], [1, 5]), rule('b', [1, 5], [4, 5], [1, 5]), rule('c', [5, 5], [5, 5], [5, 5])];

  test.each([
    [5, 5, 5, 0], // first match wins: a, not c
    [3, 4, 1, 1],
    [3, 3, 3, -1], // no rule → −1 (the engine's "Others")
    [4, 4, 1, 0]
  ])('(%i, %i, %i) → rule %i', (r, f, m, expected) => {
    expect(matchRule(rules, r, f, m)).toBe(expected);
  });

  test('ranges are inclusive on both ends', () => {
    const one = [rule('x', [2, 3], [2, 2], [1, 5])];
    expect([1, 2, 3, 4].map((r) => matchRule(one, r, 2, 1))).toEqual([-1, 0, 0, -1]);
  });

  test('a rule whose cells are all taken by earlier rules, or that covers no cell, is shadowed', () => {
    expect(shadowedRules(rules, 5)).toEqual([2]);
    expect(shadowedRules([rule('out', [6, 7], [1, 5], [1, 5])], 5)).toEqual([0]);
    expect(shadowedRules([rule('k4', [5, 5], [1, 5], [1, 5])], 4)).toEqual([0]); // level 5 does not exist at k = 4
    expect(shadowedRules([], 5)).toEqual([]);
  });

  // Derived by hand: New (R4–5 F1 M1) and Promising (R3–4 F1 M1) lie inside Potential Loyalist (R3–5 F1–3 M1–3);
  // Can't Lose Them (R1 F4–5 M4–5) lies inside At Risk (R1–2 F2–5 M2–5). Every other row keeps a cell of its own.
  test("the package tests' table: New Customers, Promising and Can't Lose Them are shadowed; the vignette has none", () => {
    expect(shadowedRules(testsSegments, 5).map((i) => testsSegments[i].name)).toEqual(['new', 'promising', 'cantLose']);
    expect(shadowedRules(vignetteSegments, 5)).toEqual([]);
  });
});
