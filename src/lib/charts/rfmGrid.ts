/** One cell of the R × F grid as drawn: R score rows (best at the top), F score columns (best at the right). */
export interface RfmGridCell {
  r: number;
  f: number;
  x: number;
  y: number;
  customers: number;
  meanM: number;
  segment: string;
  /** The number the cell is coloured by (mean M or customers); NaN for an empty cell. */
  value: number;
}

export interface RfmGridLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface RfmGridLabel {
  segment: string;
  /** Centre of the label's run of cells (x) and the top of its row (y). */
  x: number;
  y: number;
  /** Width available (the run of cells of the same segment in that row). */
  width: number;
}

export interface RfmGridLayout {
  k: number;
  cell: number;
  size: number;
  cells: RfmGridCell[];
  /** Borders between neighbouring cells of different segments. */
  borders: RfmGridLine[];
  /** One label per segment, in the longest horizontal run of its cells. */
  labels: RfmGridLabel[];
  /** [min, max] of the colour values over non-empty cells; [0, 0] when none. */
  domain: [number, number];
}

/** Lays out the RFM grid (grid[r − 1][f − 1]) with square cells of `cell` pixels, coloured by mean M or by count. */
export function rfmGrid(
  grid: readonly (readonly { customers: number; meanM: number; segment: string }[])[],
  cell: number,
  colourBy: 'meanM' | 'customers'
): RfmGridLayout {
  const k = grid.length;
  if (!(cell > 0)) throw new RangeError(`invalid cell size: ${cell}`);
  for (const row of grid) if (row.length !== k) throw new RangeError(`invalid grid: a row has ${row.length} cells, expected ${k}`);
  const cells: RfmGridCell[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let r = k; r >= 1; r--) {
    for (let f = 1; f <= k; f++) {
      const g = grid[r - 1][f - 1];
      const value = g.customers === 0 ? NaN : colourBy === 'meanM' ? g.meanM : g.customers;
      if (Number.isFinite(value)) {
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
      }
      cells.push({ r, f, x: (f - 1) * cell, y: (k - r) * cell, customers: g.customers, meanM: g.meanM, segment: g.segment, value });
    }
  }
  const seg = (r: number, f: number) => grid[r - 1][f - 1].segment;
  const borders: RfmGridLine[] = [];
  for (let r = 1; r <= k; r++) {
    for (let f = 1; f <= k; f++) {
      const x = (f - 1) * cell;
      const y = (k - r) * cell;
      if (f < k && seg(r, f) !== seg(r, f + 1)) borders.push({ x1: x + cell, y1: y, x2: x + cell, y2: y + cell });
      if (r < k && seg(r, f) !== seg(r + 1, f)) borders.push({ x1: x, y1: y, x2: x + cell, y2: y });
    }
  }
  // Longest horizontal run per segment; ties go to the run nearest the segment's centre of mass.
  const runs = new Map<string, { r: number; f0: number; f1: number }[]>();
  for (let r = 1; r <= k; r++) {
    let f0 = 1;
    for (let f = 1; f <= k; f++) {
      if (f === k || seg(r, f) !== seg(r, f + 1)) {
        const s = seg(r, f0);
        if (!runs.has(s)) runs.set(s, []);
        runs.get(s)!.push({ r, f0, f1: f });
        f0 = f + 1;
      }
    }
  }
  const labels: RfmGridLabel[] = [];
  for (const [segment, list] of runs) {
    let count = 0;
    let cr = 0;
    let cf = 0;
    for (const run of list) {
      const n = run.f1 - run.f0 + 1;
      count += n;
      cr += run.r * n;
      cf += ((run.f0 + run.f1) / 2) * n;
    }
    cr /= count;
    cf /= count;
    let best = list[0];
    for (const run of list) {
      const len = run.f1 - run.f0;
      const bestLen = best.f1 - best.f0;
      const dist = (u: typeof run) => Math.abs(u.r - cr) + Math.abs((u.f0 + u.f1) / 2 - cf);
      if (len > bestLen || (len === bestLen && dist(run) < dist(best))) best = run;
    }
    labels.push({
      segment,
      x: ((best.f0 - 1 + best.f1) / 2) * cell,
      y: (k - best.r) * cell,
      width: (best.f1 - best.f0 + 1) * cell
    });
  }
  return { k, cell, size: k * cell, cells, borders, labels, domain: lo <= hi ? [lo, hi] : [0, 0] };
}
