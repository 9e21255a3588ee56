import { categoryRoles, numberRoles, type Codes, type Values } from '../analysis/table.ts';

/**
 * Columns kept as narrow as their values allow, exactly: category codes in the fewest bytes their largest code
 * fits (one byte a row for a region or a channel), and the number roles in float32 while every value is exactly
 * one (whole quantities). Read back as numbers, they are the same values; the engine reads every width.
 */

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

/** One chunk of a stored column in the narrowest array that holds it exactly (the array itself when none is narrower). */
export function narrowed(name: string, data: Int32Array | Float64Array): Int32Array | Codes | Values {
  if (data instanceof Int32Array && isCategoryColumn(name)) {
    let max = -1;
    for (let i = 0; i < data.length; i++) if (data[i] > max) max = data[i];
    const out = codesFor(max, data.length);
    if (out instanceof Int32Array) return data;
    out.set(data);
    return out;
  }
  if (data instanceof Float64Array && isNumberRole(name) && fitsFloat32(data)) return new Float32Array(data);
  return data;
}

/** An array of `length` codes as wide as the widest of `parts` (so that each fits). */
export function widestCodes(parts: readonly Codes[], length: number): Codes {
  const bytes = Math.max(1, ...parts.map((p) => p.BYTES_PER_ELEMENT));
  return bytes === 1 ? new Int8Array(length) : bytes === 2 ? new Int16Array(length) : new Int32Array(length);
}

/** An array of `length` values: float32 when every part is, else float64. */
export function widestValues(parts: readonly Values[], length: number): Values {
  return parts.length > 0 && parts.every((p) => p instanceof Float32Array) ? new Float32Array(length) : new Float64Array(length);
}
