/** One column of a PlainTable: its header and, unless the table's `cell` snippet draws it, the text of its cells. */
export interface PlainColumn<T> {
  header: string;
  /** Figures: a right-aligned header and cells (on screen). */
  num?: boolean;
  /** An extra class of the column's cells (not its header). */
  class?: string;
  text?: (row: T, index: number) => string;
}

/** The class attribute of a column's cells (undefined for none). */
export function plainCellClass(column: Pick<PlainColumn<unknown>, 'num' | 'class'>): string | undefined {
  const names = [column.num ? 'num' : '', column.class ?? ''].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}
