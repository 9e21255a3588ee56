export interface HeatCell {
  row: number;
  col: number;
  x: number;
  y: number;
  value: number;
}

/** Cells of a rows × cols matrix (values[row][col]) at cellWidth × cellHeight; a missing value is NaN. */
export function heatmapCells(values: readonly (readonly number[])[], cellWidth: number, cellHeight: number): HeatCell[] {
  if (!(cellWidth > 0 && cellHeight > 0)) throw new RangeError(`invalid cell size: ${cellWidth}×${cellHeight}`);
  const out: HeatCell[] = [];
  values.forEach((row, r) => row.forEach((value, c) => out.push({ row: r, col: c, x: c * cellWidth, y: r * cellHeight, value: Number.isFinite(value) ? value : NaN })));
  return out;
}

/** The domain [−m, m] with m the largest absolute finite value (1 when all are zero or missing), for a diverging scale centred on 0. */
export function symmetricDomain(values: readonly (readonly number[])[]): [number, number] {
  let m = 0;
  for (const row of values) for (const v of row) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m > 0 ? [-m, m] : [-1, 1];
}
