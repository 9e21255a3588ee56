import { scaleLinear } from 'd3';

export interface HBarPart {
  part: number;
  value: number;
  x: number;
  width: number;
}

export interface HBarRow {
  index: number;
  label: string;
  total: number;
  y: number;
  parts: HBarPart[];
}

/** Horizontal bars, one per row, each split into stacked parts (e.g. class mix A/B/C), scaled to the largest total. */
export function hBars(rows: readonly { label: string; parts: readonly number[] }[], width: number, rowHeight: number): HBarRow[] {
  if (!(width > 0 && rowHeight > 0)) throw new RangeError(`invalid bar area: ${width}×${rowHeight}`);
  const totals = rows.map((r) => r.parts.reduce((a, b) => a + (b > 0 ? b : 0), 0));
  const max = totals.length ? Math.max(...totals) : 0;
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, width]);
  return rows.map((row, index) => {
    let acc = 0;
    const parts: HBarPart[] = [];
    row.parts.forEach((value, part) => {
      if (!(value > 0)) return;
      parts.push({ part, value, x: x(acc), width: x(acc + value) - x(acc) });
      acc += value;
    });
    return { index, label: row.label, total: totals[index], y: index * rowHeight, parts };
  });
}
