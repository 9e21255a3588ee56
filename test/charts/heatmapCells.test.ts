import { describe, expect, test } from 'vitest';
import { heatmapCells, symmetricDomain } from '../../src/lib/charts/heatmapCells.ts';

describe('heatmapCells(values, cellWidth, cellHeight)', () => {
  test('row-major cells at their grid positions; missing values are NaN', () => {
    expect(heatmapCells([[1, NaN], [-3, 4]], 10, 5)).toEqual([
      { row: 0, col: 0, x: 0, y: 0, value: 1 },
      { row: 0, col: 1, x: 10, y: 0, value: NaN },
      { row: 1, col: 0, x: 0, y: 5, value: -3 },
      { row: 1, col: 1, x: 10, y: 5, value: 4 }
    ]);
  });

  test('empty matrix and bad cell sizes', () => {
    expect(heatmapCells([], 10, 10)).toEqual([]);
    expect(() => heatmapCells([[1]], 0, 10)).toThrow(/invalid cell size: 0×10/);
  });
});

describe('symmetricDomain(values)', () => {
  test.each([
    [[[1, -5], [3, 2]], [-5, 5]],
    [[[0.5]], [-0.5, 0.5]],
    [[[0, 0]], [-1, 1]],
    [[[NaN, Infinity]], [-1, 1]],
    [[], [-1, 1]]
  ] as const)('%j → %j', (values, expected) => {
    expect(symmetricDomain(values as unknown as number[][])).toEqual(expected);
  });
});
