import type { Category, Codes, Shape, Table, Values } from '../analysis/table.ts';
import { widestCodes, widestValues } from './narrow.ts';
import type { BuiltColumn } from './TableBuilder.ts';

/** Arrays of consecutive values as one (the one itself when there is one). */
export function concat<T extends Codes | Values>(parts: T[], make: (n: number) => T): T {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = make(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The engine's Table from TableBuilder output: its columns and dictionaries, and the chunks of each
 * column in order (as taken with takeChunk). Throws when a column's length differs from `length`.
 */
export function toTable(
  shape: Shape,
  length: number,
  built: { columns: BuiltColumn[]; dictionaries: Record<string, string[]> },
  chunks: Map<string, (Codes | Values)[]>
): Table {
  const table: Table = { shape, length, customer: { codes: new Int32Array(0), labels: [] }, numbers: {}, categories: {} };
  const target = table as unknown as Record<string, unknown>;
  for (const { name, kind } of built.columns) {
    const parts = chunks.get(name) ?? [];
    const values =
      kind === 'float64'
        ? concat<Values>(parts as Values[], (n) => widestValues(parts as Values[], n))
        : kind === 'category'
          ? concat<Codes>(parts as Codes[], (n) => widestCodes(parts as Codes[], n))
          : concat(parts as Int32Array[], (n) => new Int32Array(n));
    if (values.length !== length) throw new RangeError(`invalid column ${name}: ${values.length} values for ${length} rows`);
    if (kind === 'category') {
      const category: Category = { codes: values as Codes, labels: built.dictionaries[name] ?? [] };
      if (name.startsWith('c:')) table.categories[name.slice(2)] = category;
      else target[name] = category;
    } else if (name.startsWith('n:')) table.numbers[name.slice(2)] = values as Float64Array;
    else target[name] = values;
  }
  return table;
}
