/** One column of a PlainTable: its header and, unless the table's `cell` snippet draws it, the text of its cells. */
export interface PlainColumn<T> {
  header: string;
  /** Figures: a right-aligned header and cells (on screen). */
  num?: boolean;
  /** An extra class of the column's cells (not its header). */
  class?: string;
  text?: (row: T, index: number) => string;
  /** A header read by screen readers only (as for a column of row buttons). */
  srOnly?: boolean;
}

/** The class attribute of a column's cells (undefined for none). */
export function plainCellClass(column: Pick<PlainColumn<unknown>, 'num' | 'class'>): string | undefined {
  const names = [column.num ? 'num' : '', column.class ?? ''].filter(Boolean);
  return names.length ? names.join(' ') : undefined;
}

/** The keys of `T` whose values are numbers. */
export type NumberKey<T> = { [P in keyof T]-?: T[P] extends number ? P : never }[keyof T];

/** Figure columns of a row's numeric fields, in the order of `keys`: each headed by `header(key)`, its cells `format(value, key)`. */
export function fieldColumns<T>(keys: readonly NumberKey<T>[], header: (key: NumberKey<T>) => string, format: (value: number, key: NumberKey<T>) => string): PlainColumn<T>[] {
  return keys.map((key) => ({ header: header(key), num: true, text: (row: T) => format(row[key] as number, key) }));
}
