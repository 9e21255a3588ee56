import { pAlive, type BgnbdParams } from './bgnbd.ts';

/** A range of calibration frequencies x (whole numbers, both ends included) or recencies tₓ ([from, to), the last range closed). */
export interface MatrixRange {
  from: number;
  to: number;
}

/** The P(alive) matrix of the value forecast: BG/NBD P(alive) by calibration frequency (rows) × recency (columns). */
export interface AliveMatrix {
  /** The customer age T (units) the cells are evaluated at: the oldest customer's. */
  T: number;
  rows: MatrixRange[];
  cols: MatrixRange[];
  /** P(alive) at each cell's middle (x, tₓ) and T; NaN where no customer can be (x = 0 has tₓ = 0). */
  pAlive: number[][];
  /** Customers of the base in each cell. */
  customers: number[][];
  /** Cell of each summary customer as row · cols.length + col; −1 when not in the base. */
  cellOf: Int32Array;
}

export interface AliveMatrixInput {
  params: BgnbdParams;
  included: Uint8Array;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/** Frequencies 0 … maxX as at most `maxRows` rows: x = 0 alone, then equal whole-number ranges. */
function frequencyRows(maxX: number, maxRows: number): MatrixRange[] {
  if (maxX + 1 <= maxRows) return Array.from({ length: maxX + 1 }, (_, x) => ({ from: x, to: x }));
  const width = Math.ceil(maxX / (maxRows - 1));
  const rows: MatrixRange[] = [{ from: 0, to: 0 }];
  for (let from = 1; from <= maxX; from += width) rows.push({ from, to: Math.min(maxX, from + width - 1) });
  return rows;
}

/**
 * The frequency × recency matrix of P(alive) (METHOD §9; the chart of Fader, Hardie & Lee's BG/NBD
 * note and of the reference implementations): rows are calibration repeat purchases x, columns the
 * recency tₓ in units from 0 to the oldest customer's age T, each cell P(alive) of a customer of age
 * T at the cell's middle, with the customers of the base whose (x, tₓ) fall in it.
 */
export function aliveMatrix(input: AliveMatrixInput, maxRows = 16, maxCols = 20): AliveMatrix {
  if (!(maxRows >= 2 && maxCols >= 1)) throw new RangeError(`invalid matrix size: ${maxRows}×${maxCols}`);
  const { params, included, x, tx, T } = input;
  const n = included.length;
  let maxX = 0, maxT = 0;
  for (let i = 0; i < n; i++) {
    if (!included[i]) continue;
    if (x[i] > maxX) maxX = x[i];
    if (T[i] > maxT) maxT = T[i];
  }
  const rows = frequencyRows(maxX, maxRows);
  const colCount = Math.max(1, Math.min(maxCols, Math.ceil(maxT)));
  const width = maxT > 0 ? maxT / colCount : 1;
  const cols = Array.from({ length: colCount }, (_, k) => ({ from: k * width, to: (k + 1) * width }));

  const rowOf = (v: number) => {
    let r = rows.length - 1;
    while (r > 0 && v < rows[r].from) r--;
    return r;
  };
  const colOf = (v: number) => Math.min(colCount - 1, Math.max(0, Math.floor(v / width)));
  const customers = rows.map(() => new Array<number>(colCount).fill(0));
  const cellOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!included[i]) continue;
    const r = rowOf(x[i]), c = colOf(tx[i]);
    customers[r][c]++;
    cellOf[i] = r * colCount + c;
  }
  const values = rows.map((row) =>
    cols.map((col, c) => {
      if (row.to === 0) return c === 0 ? 1 : NaN;
      return pAlive(params, (row.from + row.to) / 2, Math.min(maxT, (col.from + col.to) / 2), maxT);
    })
  );
  return { T: maxT, rows, cols, pAlive: values, customers, cellOf };
}
