import { describe, expect, test } from 'vitest';
import { membersOf, membersOfAll, membersWithLabel } from '../../src/lib/charts/membersOf.ts';

describe('membersOf(codes, code)', () => {
  test.each([
    [[0, 1, 0, 2, 0], 0, [0, 2, 4]],
    [[0, 1, 0, 2, 0], 2, [3]],
    [[0, 1], 5, []],
    [[], 0, []],
    [[255, 1, 255], 255, [0, 2]]
  ])('%j, %i → %j', (codes, code, expected) => {
    expect([...membersOf(Uint8Array.from(codes), code)]).toEqual(expected);
  });
});

describe('membersOfAll(pairs)', () => {
  test('indices where every array has its code (an R × F cell)', () => {
    const r = Uint8Array.from([5, 5, 4, 5]);
    const f = Uint8Array.from([1, 2, 1, 1]);
    expect([...membersOfAll([[r, 5], [f, 1]])]).toEqual([0, 3]);
    expect([...membersOfAll([[r, 3]])]).toEqual([]);
  });
  test('rejects no pairs and arrays of different lengths', () => {
    expect(() => membersOfAll([])).toThrow(/none given/);
    expect(() => membersOfAll([[[1, 2], 1], [[1], 1]])).toThrow(/lengths 2, 1/);
  });
});

describe('membersWithLabel(attribute, label)', () => {
  const region = { codes: Int32Array.from([0, 1, -1, 0]), labels: ['East', 'West'] };
  test('customers whose label matches; none for an unknown label or the missing code', () => {
    expect([...membersWithLabel(region, 'East')]).toEqual([0, 3]);
    expect([...membersWithLabel(region, 'North')]).toEqual([]);
  });
});
