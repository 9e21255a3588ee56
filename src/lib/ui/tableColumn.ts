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
  /** Width in rem (fixed so that columns do not jump while scrolling); default 7. */
  width?: number;
}

/** The widths of the columns in rem (default 7 each) and their sum, for a fixed table layout. */
export function columnWidths(columns: readonly Pick<TableColumn, 'width'>[]): { widths: number[]; total: number } {
  const widths = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 7));
  return { widths, total: widths.reduce((a, b) => a + b, 0) };
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
