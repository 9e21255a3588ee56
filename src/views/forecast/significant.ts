/** Decimal places that show `value` to `digits` significant digits (at most 6; 0 for whole numbers, 0 and non-finite values). */
export function significant(value: number, digits = 3): number {
  if (!(digits >= 1)) throw new RangeError(`invalid digits: ${digits}`);
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  return Math.min(6, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value)))));
}
