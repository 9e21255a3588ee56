import type { CellValue } from './sortOrder.ts';

/** One column of a VirtualTable: how to read, sort, show and export it. */
export interface TableColumn {
  id: string;
  header: string;
  numeric: boolean;
  /** The sortable and exported value (NaN or '' = missing). */
  value: (row: number) => CellValue;
  /** The text shown on screen. */
  text: (row: number) => string;
}

/** The rows exactly as listed (this order, these columns) as a table for CSV: a header row, then numbers as numbers and text as it reads; missing values empty. */
export function tableRows(columns: readonly TableColumn[], rows: ArrayLike<number>): (string | number)[][] {
  const out: (string | number)[][] = [columns.map((c) => c.header)];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    out.push(
      columns.map((c) => {
        const v = c.value(i);
        return typeof v === 'number' && Number.isNaN(v) ? '' : v;
      })
    );
  }
  return out;
}
