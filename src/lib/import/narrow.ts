import { categoryRoles, numberRoles, type Codes, type Values } from '../analysis/table.ts';

/**
 * Columns kept as narrow as their values allow, exactly: category codes in the fewest bytes their largest code
 * fits (one byte a row for a region or a channel), days and lines likewise (days since 1970 fit two bytes from
 * 1880 to 2059), and numbers as whole multiples of 1, 1/10 … 1/10,000 (Decimals: cents in four bytes, a price
 * under 327.67 in two) when every value of the chunk is exactly one, else the number roles in float32 while every
 * value is exactly one. Read back as numbers, they are the same values; the engine reads every width.
 */

/**
 * A stored chunk of numbers as whole multiples of 1/scale: value i is `scaled[i] / scale`, the very double the
 * chunk held (checked value by value when it was made), or NaN where `scaled[i]` is its type's smallest value.
 */
export interface Decimals {
  scaled: Int8Array | Int16Array | Int32Array;
  scale: number;
}

/** A stored chunk of a number column: values, or decimals. */
export type StoredValues = Values | Decimals;

const scales = [1, 10, 100, 1000, 10_000];

/** Whether a stored chunk of numbers is Decimals. */
export function isDecimals(chunk: unknown): chunk is Decimals {
  return typeof chunk === 'object' && chunk !== null && 'scale' in chunk && 'scaled' in chunk;
}

let scratch = new Int32Array(0);

/** `values` as Decimals, with the smallest scale whose multiples give every value back exactly (−0 included), or null. */
export function decimalsOf(values: Float64Array): Decimals | null {
  const n = values.length;
  if (scratch.length < n) scratch = new Int32Array(n);
  const whole = scratch;
  for (const scale of scales) {
    let largest = 0;
    let i = 0;
    for (; i < n; i++) {
      const v = values[i];
      if (v !== v) {
        whole[i] = -0x80000000;
        continue;
      }
      const m = Math.round(v * scale);
      const size = m < 0 ? -m : m;
      if (m / scale !== v || size > 0x7fffffff || (v === 0 && 1 / v < 0)) break;
      whole[i] = m;
      if (size > largest) largest = size;
    }
    if (i < n) continue;
    if (largest > 0x7fff) return { scaled: whole.slice(0, n), scale };
    const scaled = largest <= 0x7f ? new Int8Array(n) : new Int16Array(n);
    const none = scaled instanceof Int8Array ? -0x80 : -0x8000;
    for (let k = 0; k < n; k++) {
      const m = whole[k];
      scaled[k] = m === -0x80000000 ? none : m;
    }
    return { scaled, scale };
  }
  return null;
}

/** The values of a stored chunk, written into `out` from `at`. */
export function readValues(chunk: StoredValues, out: Float64Array | Float32Array, at: number): void {
  if (!isDecimals(chunk)) {
    out.set(chunk, at);
    return;
  }
  const { scaled, scale } = chunk;
  const none = scaled instanceof Int8Array ? -0x80 : scaled instanceof Int16Array ? -0x8000 : -0x80000000;
  for (let i = 0; i < scaled.length; i++) {
    const m = scaled[i];
    out[at + i] = m === none ? NaN : m / scale;
  }
}

/** The values of Decimals made from `values`, as toTable reads them back: float32 for whole ones of at most two bytes. */
export function valuesOf(decimals: Decimals, values: Float64Array): Values {
  return decimals.scale === 1 && decimals.scaled.BYTES_PER_ELEMENT <= 2 ? new Float32Array(values) : values;
}

/** How many values a stored chunk holds. */
export function storedLength(chunk: StoredValues): number {
  return isDecimals(chunk) ? chunk.scaled.length : chunk.length;
}

/** Whether a stored column holds category codes (customer, order, product, region, c:<header>). */
export function isCategoryColumn(name: string): boolean {
  return name.startsWith('c:') || (categoryRoles as readonly string[]).includes(name);
}

/** Whether a stored column is a number role (amount, quantity, price, cost, profit, payment). */
export function isNumberRole(name: string): boolean {
  return (numberRoles as readonly string[]).includes(name);
}

/** The narrowest codes array that holds codes up to `max` (-1, missing, fits each). */
export function codesFor(max: number, length: number): Codes {
  if (max <= 0x7f) return new Int8Array(length);
  if (max <= 0x7fff) return new Int16Array(length);
  return new Int32Array(length);
}

/** Whether every value of `values` is exactly a float32 (missing, NaN, too). */
export function fitsFloat32(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Math.fround(v) !== v && v === v) return false;
  }
  return true;
}

/** One chunk of a stored column in the narrowest form that holds it exactly (the array itself when none is narrower). */
export function narrowed(name: string, data: Int32Array | Float64Array): Codes | StoredValues {
  if (data instanceof Int32Array) {
    // Category codes (−1: missing), days, lines: by their smallest and largest value.
    let max = -1;
    let min = -1;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (v > max) max = v;
      if (v < min) min = v;
    }
    const out = codesFor(Math.max(max, -1 - min), data.length);
    if (out instanceof Int32Array) return data;
    out.set(data);
    return out;
  }
  // Decimals of one or two bytes are the narrowest there is; only wider ones are weighed against float32 (one pass
  // over the values, made at most once).
  const decimals = decimalsOf(data);
  if (decimals && decimals.scaled.BYTES_PER_ELEMENT <= 2) return decimals;
  const single = isNumberRole(name) && fitsFloat32(data);
  if (decimals && decimals.scaled.BYTES_PER_ELEMENT < (single ? 4 : 8)) return decimals;
  return single ? new Float32Array(data) : data;
}

/** An array of `length` codes as wide as the widest of `parts` (so that each fits). */
export function widestCodes(parts: readonly Codes[], length: number): Codes {
  const bytes = Math.max(1, ...parts.map((p) => p.BYTES_PER_ELEMENT));
  return bytes === 1 ? new Int8Array(length) : bytes === 2 ? new Int16Array(length) : new Int32Array(length);
}

/**
 * An array of `length` values: float32 when every part is, or is whole decimals of at most two bytes (each exactly a
 * float32), else float64.
 */
export function widestValues(parts: readonly StoredValues[], length: number): Values {
  const single = (p: StoredValues) => p instanceof Float32Array || (isDecimals(p) && p.scale === 1 && p.scaled.BYTES_PER_ELEMENT <= 2);
  return parts.length > 0 && parts.every(single) ? new Float32Array(length) : new Float64Array(length);
}
