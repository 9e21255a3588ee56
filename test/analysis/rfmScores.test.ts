import { describe, expect, test } from 'vitest';
import { packageScores, rankScores, splitScores, splitValue, thresholdScores } from '../../src/lib/analysis/rfmScores.ts';

const f64 = (v: number[]) => Float64Array.from(v);
const all = (n: number) => new Uint8Array(n).fill(1);
const scores = (d: { score: Uint8Array }) => Array.from(d.score);

/** METHOD §5 by its words: r = 1 + number of eligible customers strictly worse; score = 1 + ⌊k·(r − 1)/n⌋. */
function rankByDefinition(values: number[], k: number, higher: boolean): number[] {
  const n = values.length;
  return values.map((v) => {
    const worse = values.filter((w) => (higher ? w < v : w > v)).length;
    return 1 + Math.floor((k * worse) / n);
  });
}

describe('rankScores(): rank quantiles', () => {
  test.each([
    // values, k, better, scores, empty levels
    [[10, 20, 20, 30, 40], 5, 'higher', [1, 2, 2, 4, 5], [3]],
    [[1, 5, 5, 100], 4, 'lower', [4, 2, 2, 1], [3]],
    [[7, 7, 7], 3, 'higher', [1, 1, 1], [2, 3]], // all equal: all in the lowest level
    [[1, 1, 1, 1, 2, 3], 5, 'higher', [1, 1, 1, 1, 4, 5], [2, 3]], // F = 1 for most customers
    [[3], 5, 'higher', [1], [2, 3, 4, 5]],
    [[-5, 0, 5], 3, 'higher', [1, 2, 3], []]
  ] as const)('%j, k = %i, %s is better → %j', (values, k, better, expected, empty) => {
    const d = rankScores(f64([...values]), all(values.length), k, better);
    expect(scores(d)).toEqual(expected);
    expect(d.empty).toEqual(empty);
  });

  test.each([3, 4, 5])('k = %i agrees with the definition on 300 random small integers, both directions', (k) => {
    let seed = 12345 + k;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = Array.from({ length: 300 }, () => Math.floor(rand() * 12));
    expect(scores(rankScores(f64(values), all(300), k, 'higher'))).toEqual(rankByDefinition(values, k, true));
    expect(scores(rankScores(f64(values), all(300), k, 'lower'))).toEqual(rankByDefinition(values, k, false));
  });

  test('levels report the values each level received; cuts are the worst value of levels 2..k', () => {
    const d = rankScores(f64([10, 20, 20, 30, 40]), all(5), 5, 'higher');
    expect(d.levels.map((l) => [l.level, l.min, l.max])).toEqual([[1, 10, 10], [2, 20, 20], [3, NaN, NaN], [4, 30, 30], [5, 40, 40]]);
    expect(d.cuts).toEqual([20, NaN, 30, 40]);
    const r = rankScores(f64([1, 5, 5, 100]), all(4), 4, 'lower');
    expect(r.cuts).toEqual([5, NaN, 1]); // R: the largest day count of each better level
  });

  test('ineligible and NaN values get 0 and do not count in n', () => {
    const d = rankScores(f64([10, NaN, 20, 99]), Uint8Array.from([1, 1, 1, 0]), 2, 'higher');
    expect(scores(d)).toEqual([1, 0, 2, 0]);
  });

  test('empty input; invalid k; input not mutated', () => {
    expect(scores(rankScores(f64([]), all(0), 5, 'higher'))).toEqual([]);
    expect(() => rankScores(f64([1]), all(1), 1, 'higher')).toThrow(/levels: 1/);
    const v = f64([3, 1, 2]);
    rankScores(v, all(3), 3, 'lower');
    expect(Array.from(v)).toEqual([3, 1, 2]);
  });
});

describe('packageScores(): the R package rfm breaks', () => {
  test.each([
    // values, k, better, breaks, scores
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 'higher', [3.8, 5.6, 7.4, 9.2], [1, 1, 1, 2, 2, 3, 3, 4, 4, 5]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 'lower', [3.8, 5.6, 7.4, 9.2], [5, 5, 5, 4, 4, 3, 3, 2, 2, 1]],
    // ties: breaks 2, 2, 2, 3 leave levels 2 and 3 empty, and the value 2 jumps to level 4
    [[1, 1, 1, 1, 2, 3], 5, 'higher', [2, 2, 2, 3], [1, 1, 1, 1, 4, 5]],
    [[10, 20, 30], 3, 'higher', [10 + 10 * (2 / 3) + 1, 20 + 10 * (1 / 3) + 1], [1, 2, 3]]
  ] as const)('%j, k = %i, %s is better', (values, k, better, breaks, expected) => {
    const d = packageScores(f64([...values]), all(values.length), k, better);
    d.cuts.forEach((c, i) => expect(c).toBeCloseTo(breaks[i], 9));
    expect(scores(d)).toEqual(expected);
  });
});

describe('packageScores(): edge cases', () => {
  test('lower bound = min, last upper bound = max + 1: every eligible value is scored', () => {
    const d = packageScores(f64([5, 5, 5, 6]), all(4), 4, 'higher');
    expect(scores(d).every((s) => s >= 1 && s <= 4)).toBe(true);
    expect(d.levels[0].min).toBe(5);
  });

  test('ineligible customers are left out of the quantiles and get 0', () => {
    const d = packageScores(f64([1, 2, 3, 1000]), Uint8Array.from([1, 1, 1, 0]), 3, 'higher');
    expect(scores(d)).toEqual([1, 1, 2, 0]); // breaks 1 + 1.67, 1 + 2.33: the package's +1 shifts 2 down a level
  });

  test('empty input', () => {
    const d = packageScores(f64([]), all(0), 5, 'higher');
    expect(d.empty).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('thresholdScores(): user cut points, right-closed bins', () => {
  test('the textbook recency table: R ≤ 7 → 5, 8–30 → 4, 31–60 → 3, 61–120 → 2, ≥ 121 → 1', () => {
    const d = thresholdScores(f64([0, 7, 8, 30, 31, 60, 61, 120, 121, 999]), all(10), [7, 30, 60, 120], 'lower');
    expect(scores(d)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(d.cuts).toEqual([7, 30, 60, 120]);
  });

  test('F and M: a value ≤ cut i gets score i', () => {
    expect(scores(thresholdScores(f64([1, 2, 3, 4, 5, 8, 9]), all(7), [1, 2, 4, 8], 'higher'))).toEqual([1, 2, 3, 3, 4, 4, 5]);
    expect(scores(thresholdScores(f64([-1, 0, 0.5]), all(3), [0, 0.25], 'higher'))).toEqual([1, 1, 3]);
  });

  test('cuts must ascend; their number sets k', () => {
    expect(() => thresholdScores(f64([1]), all(1), [120, 60, 30, 7], 'lower')).toThrow(/120, 60, 30, 7/);
    expect(() => thresholdScores(f64([1]), all(1), [1, 1], 'lower')).toThrow(/ascending/);
    expect(() => thresholdScores(f64([1]), all(1), [1, NaN], 'lower')).toThrow(/NaN/);
    expect(() => thresholdScores(f64([1]), all(1), [], 'lower')).toThrow(/levels: 1/);
    expect(thresholdScores(f64([1, 5]), all(2), [2], 'lower').levels.length).toBe(2);
  });
});

describe('splitValue() and splitScores(): mean / median split', () => {
  test.each([
    // values, split, better, split value, scores (k = 5)
    [[1, 2, 3, 10], 'mean', 'higher', 4, [1, 1, 1, 5]],
    [[1, 2, 3, 10], 'median', 'higher', 2.5, [1, 1, 5, 5]],
    [[1, 2, 3, 10], 'mean', 'lower', 4, [5, 5, 5, 1]],
    [[2, 4, 6], 'median', 'higher', 4, [1, 1, 5]], // equal to the split → Low
    [[4, 4], 'mean', 'lower', 4, [1, 1]]
  ] as const)('%j, %s split, %s better', (values, split, better, cut, expected) => {
    const v = f64([...values]);
    expect(splitValue(v, all(v.length), split)).toBe(cut);
    const d = splitScores(v, all(v.length), 5, better, split);
    expect(scores(d)).toEqual(expected);
    expect(d.cuts).toEqual([cut]);
  });

  test('ineligible values are left out of the split; none → NaN', () => {
    expect(splitValue(f64([1, 3, 1000]), Uint8Array.from([1, 1, 0]), 'mean')).toBe(2);
    expect(splitValue(f64([1]), Uint8Array.from([0]), 'median')).toBeNaN();
  });
});
