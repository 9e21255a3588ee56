import { DateReader } from './parseDate.ts';
import { isBlank, NumberReader } from './parseNumber.ts';

/** What the sample values of one column look like (shares are of the filled values). */
export interface ColumnProfile {
  /** Non-blank values. */
  filled: number;
  /** Share that reads as a date (in the better of day-first and month-first order). */
  dates: number;
  /** Share that reads as a number. */
  numbers: number;
  /** Share of the numbers that are whole. */
  integers: number;
  /** Share of the numbers that are plain digit strings, as written (no sign, separator or decimal point). */
  digits: number;
  distinct: number;
  /** Median of the absolute values of the numbers (NaN when there are none). */
  typical: number;
}

const plainDigits = /^\d+(?:\.0+)?$/;

/** The profile of column `column` of the rows: how many values are dates, numbers, whole, distinct, and how large. */
export function profileColumn(rows: readonly string[][], column: number, decimalComma = false): ColumnProfile {
  const numbers = new NumberReader(decimalComma);
  const dmy = new DateReader({ dayOrder: 'dmy' });
  const mdy = new DateReader({ dayOrder: 'mdy' });
  let filled = 0, dmyDates = 0, mdyDates = 0, numeric = 0, integers = 0, digits = 0;
  const distinct = new Set<string>();
  const magnitudes: number[] = [];
  for (const row of rows) {
    const text = row[column];
    if (text === undefined || isBlank(text)) continue;
    const value = text.trim();
    filled++;
    distinct.add(value);
    if (!Number.isNaN(dmy.read(value))) dmyDates++;
    if (!Number.isNaN(mdy.read(value))) mdyDates++;
    const n = numbers.read(value);
    if (!Number.isNaN(n)) {
      numeric++;
      if (Number.isInteger(n)) integers++;
      if (plainDigits.test(value)) digits++;
      magnitudes.push(Math.abs(n));
    }
  }
  magnitudes.sort((a, b) => a - b);
  const share = (n: number, of = filled) => (of ? n / of : 0);
  return {
    filled,
    dates: share(Math.max(dmyDates, mdyDates)),
    numbers: share(numeric),
    integers: share(integers, numeric),
    digits: share(digits, numeric),
    distinct: distinct.size,
    typical: magnitudes.length ? magnitudes[magnitudes.length >> 1] : NaN
  };
}
