import { describe, expect, test } from 'vitest';
import { nextMark } from '../../src/lib/charts/rovingFocus.ts';

// a 2 × 3 grid of marks in reading order
const grid = [0, 1].flatMap((row) => [0, 1, 2].map((col) => ({ x: col * 10, y: row * 10 })));

describe('nextMark()', () => {
  test.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 5, 5],
    ['ArrowLeft', 0, 0],
    ['ArrowLeft', 3, 2],
    ['ArrowDown', 2, 3],
    ['ArrowUp', 3, 2],
    ['Home', 4, 0],
    ['End', 1, 5],
    ['Enter', 1, -1],
    ['a', 1, -1]
  ])('in order: %s from %i goes to %i', (key, from, to) => {
    expect(nextMark(key, from, grid, false)).toBe(to);
  });

  test.each([
    ['ArrowDown', 1, 4],
    ['ArrowUp', 5, 2],
    ['ArrowUp', 0, 0],
    ['ArrowDown', 4, 4],
    ['ArrowRight', 2, 3]
  ])('in a grid: %s from %i goes to %i', (key, from, to) => {
    expect(nextMark(key, from, grid, true)).toBe(to);
  });

  test('a ragged grid: Down goes to the nearest mark below (rows count four times columns), not the next in order', () => {
    const marks = [{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 48, y: 10 }, { x: 0, y: 20 }];
    expect(nextMark('ArrowDown', 1, marks, true)).toBe(2);
    // the same column two rows down beats a far column one row down
    expect(nextMark('ArrowDown', 0, marks, true)).toBe(3);
    expect(nextMark('ArrowDown', 2, marks, true)).toBe(3);
  });

  test('no marks: nowhere to go', () => {
    expect(nextMark('ArrowRight', 0, [], false)).toBe(-1);
  });
});
