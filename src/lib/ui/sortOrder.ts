export type SortDirection = 'ascending' | 'descending';

/** A column value: a number (NaN = missing) or text ('' = missing). */
export type CellValue = number | string;

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

function missing(v: CellValue): boolean {
  return typeof v === 'number' ? Number.isNaN(v) : v === '';
}

/**
 * Row positions sorted by `value(row)`; numbers numerically, text with a
 * natural (numeric-aware) collation; missing values always last; ties keep
 * the input order (stable). Returns a new array; `rows` is not changed.
 */
export function sortOrder(rows: ArrayLike<number>, value: (row: number) => CellValue, direction: SortDirection): Int32Array {
  const n = rows.length;
  const keys = new Array<CellValue>(n);
  const pos = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = value(rows[i]);
    pos[i] = i;
  }
  const sign = direction === 'ascending' ? 1 : -1;
  pos.sort((i, j) => {
    const a = keys[i];
    const b = keys[j];
    const ma = missing(a);
    const mb = missing(b);
    if (ma || mb) return ma === mb ? i - j : ma ? 1 : -1;
    let c: number;
    if (typeof a === 'number' && typeof b === 'number') c = a < b ? -1 : a > b ? 1 : 0;
    else c = collator.compare(String(a), String(b));
    return c === 0 ? i - j : sign * c;
  });
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = rows[pos[i]];
  return out;
}
