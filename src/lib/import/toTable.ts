import type { Category, Codes, Shape, Table, Values } from '../analysis/table.ts';
import { isDecimals, readValues, storedLength, widestCodes, widestValues, type StoredValues } from './narrow.ts';
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

/** Stored chunks of days or lines (stored as narrow as they fit) as one Int32Array. */
function joinInts(parts: Codes[]): Int32Array {
  if (parts.length === 1 && parts[0] instanceof Int32Array) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Int32Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Stored chunks of a number column as one array of values (float64 for an extra number, `n:`, which the engine reads so). */
function joinValues(parts: StoredValues[], float64: boolean): Values {
  const [only] = parts;
  if (parts.length === 1 && !isDecimals(only) && !(float64 && only instanceof Float32Array)) return only;
  let n = 0;
  for (const p of parts) n += storedLength(p);
  const out = float64 ? new Float64Array(n) : widestValues(parts, n);
  let at = 0;
  for (const p of parts) {
    readValues(p, out, at);
    at += storedLength(p);
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
  chunks: Map<string, (Codes | StoredValues)[]>
): Table {
  const table: Table = { shape, length, customer: { codes: new Int32Array(0), labels: [] }, numbers: {}, categories: {} };
  const target = table as unknown as Record<string, unknown>;
  for (const { name, kind } of built.columns) {
    const parts = chunks.get(name) ?? [];
    const values =
      kind === 'float64'
        ? joinValues(parts as StoredValues[], name.startsWith('n:'))
        : kind === 'category'
          ? concat<Codes>(parts as Codes[], (n) => widestCodes(parts as Codes[], n))
          : joinInts(parts as Codes[]);
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
