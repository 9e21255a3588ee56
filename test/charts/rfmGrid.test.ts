import { describe, expect, test } from 'vitest';
import { rfmGrid } from '../../src/lib/charts/rfmGrid.ts';
import { gridSegmentK } from '../../src/lib/analysis/rfmSegments.ts';

type Cell = { customers: number; meanM: number; segment: string };
/** A k × k grid (grid[r − 1][f − 1]) with the default segments and customers = 10·r + f, meanM = r·f. */
function grid(k: number, empty: [number, number][] = []): Cell[][] {
  return Array.from({ length: k }, (_, r) =>
    Array.from({ length: k }, (_, f) => {
      const isEmpty = empty.some(([er, ef]) => er === r + 1 && ef === f + 1);
      return { customers: isEmpty ? 0 : 10 * (r + 1) + f + 1, meanM: isEmpty ? NaN : (r + 1) * (f + 1), segment: gridSegmentK(r + 1, f + 1, k) };
    })
  );
}

describe('rfmGrid(grid, cell, colourBy)', () => {
  test.each([3, 4, 5])('k = %i: k² cells, R5 at the top, F5 at the right', (k) => {
    const layout = rfmGrid(grid(k), 10, 'customers');
    expect(layout.k).toBe(k);
    expect(layout.size).toBe(10 * k);
    expect(layout.cells).toHaveLength(k * k);
    const top = layout.cells.find((c) => c.r === k && c.f === 1)!;
    expect([top.x, top.y]).toEqual([0, 0]);
    const bottomRight = layout.cells.find((c) => c.r === 1 && c.f === k)!;
    expect([bottomRight.x, bottomRight.y]).toEqual([10 * (k - 1), 10 * (k - 1)]);
  });

  test('colours by customers or by mean M; the domain spans the non-empty cells', () => {
    const byCount = rfmGrid(grid(5), 10, 'customers');
    expect(byCount.domain).toEqual([11, 55]);
    expect(byCount.cells.find((c) => c.r === 2 && c.f === 3)!.value).toBe(23);
    const byM = rfmGrid(grid(5), 10, 'meanM');
    expect(byM.domain).toEqual([1, 25]);
    expect(byM.cells.find((c) => c.r === 2 && c.f === 3)!.value).toBe(6);
  });

  test('an empty cell has value NaN and stays out of the domain', () => {
    const layout = rfmGrid(grid(5, [[1, 1], [5, 5]]), 10, 'customers');
    expect(layout.cells.find((c) => c.r === 1 && c.f === 1)!.value).toBeNaN();
    expect(layout.domain).toEqual([12, 54]);
  });

  test('all cells empty: domain [0, 0]', () => {
    const all: [number, number][] = [];
    for (let r = 1; r <= 3; r++) for (let f = 1; f <= 3; f++) all.push([r, f]);
    expect(rfmGrid(grid(3, all), 10, 'meanM').domain).toEqual([0, 0]);
  });

  test('k = 5: the 10 segments get one label each, and borders only between different segments', () => {
    const layout = rfmGrid(grid(5), 10, 'customers');
    expect(layout.labels.map((l) => l.segment).sort()).toEqual(
      ['aboutToSleep', 'atRisk', 'cantLose', 'champions', 'hibernating', 'loyal', 'needAttention', 'new', 'potentialLoyalist', 'promising'].sort()
    );
    const seg = (r: number, f: number) => gridSegmentK(r, f, 5);
    let expected = 0;
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) {
        if (f < 5 && seg(r, f) !== seg(r, f + 1)) expected++;
        if (r < 5 && seg(r, f) !== seg(r + 1, f)) expected++;
      }
    expect(layout.borders).toHaveLength(expected);
    // Champions: R5 F4–5, label centred over its two cells in the top row.
    const champions = layout.labels.find((l) => l.segment === 'champions')!;
    expect(champions).toEqual({ segment: 'champions', x: 40, y: 0, width: 20 });
  });

  test('one segment everywhere: no borders, one label over a full row', () => {
    const g = grid(3).map((row) => row.map((c) => ({ ...c, segment: 'all' })));
    const layout = rfmGrid(g, 10, 'customers');
    expect(layout.borders).toEqual([]);
    expect(layout.labels).toHaveLength(1);
    expect(layout.labels[0].width).toBe(30);
  });

  test('rejects a ragged grid and a bad cell size', () => {
    expect(() => rfmGrid([[{ customers: 1, meanM: 1, segment: 'a' }], []], 10, 'customers')).toThrow(/a row has 1 cells, expected 2/);
    expect(() => rfmGrid(grid(3), 0, 'customers')).toThrow(/invalid cell size: 0/);
  });

  test('does not mutate the grid', () => {
    const g = grid(4);
    const copy = JSON.stringify(g);
    rfmGrid(g, 12, 'meanM');
    expect(JSON.stringify(g)).toBe(copy);
  });

  test('empty grid (k = 0): nothing to draw', () => {
    expect(rfmGrid([], 10, 'customers')).toMatchObject({ k: 0, size: 0, cells: [], borders: [], labels: [], domain: [0, 0] });
  });
});
