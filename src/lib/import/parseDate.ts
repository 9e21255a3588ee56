import { detach } from './detach.ts';

/** Conversions a date may need before it can be read (METHOD §1); each is counted at import. */
export const dateCoercions = ['dateTime', 'excelSerial', 'twoDigitYear', 'chineseDate', 'monthName', 'compactDate', 'dotDate', 'slashDate', 'fullWidth', 'dayOrder'] as const;
export type DateCoercion = (typeof dateCoercions)[number];

/** Why a date could not be read: each is an i18n key `reject.<reason>`. */
export type DateProblem = 'badDate' | 'ambiguousDate' | 'dayOrderConflict' | 'excelFakeDate' | 'twoDigitYear';

/** Options of DateReader and parseDate. */
export interface DateOptions {
  dayOrder?: 'auto' | 'dmy' | 'mdy';
  excel1904?: boolean;
  /** 'reject': a value written with a two-digit year (24-03-10, 5/3/24) is refused as `twoDigitYear`. */
  twoDigitYears?: 'accept' | 'reject';
}

const bit = (kind: DateCoercion) => 1 << dateCoercions.indexOf(kind);
const DATE_TIME = bit('dateTime');
const EXCEL = bit('excelSerial');
const TWO_DIGIT = bit('twoDigitYear');
const CHINESE = bit('chineseDate');
const MONTH_NAME = bit('monthName');
const COMPACT = bit('compactDate');
const DOT = bit('dotDate');
const SLASH = bit('slashDate');
const FULL_WIDTH = bit('fullWidth');
const DAY_ORDER = bit('dayOrder');
const KIND_SPACE = 1024;

/** Epoch day of a proleptic Gregorian date, without range checks (days-from-civil). */
export function civilDay(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Epoch day of y-m-d, or NaN when there is no such day (month 13, 31 April, 29 February 2023 …). */
export function validDay(y: number, m: number, d: number): number {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return civilDay(y, m, d);
}

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function fullYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
};

const excel1900Epoch = -25569; // serial 25569 = 1970-01-01 (serials ≥ 61, after the fake 1900-02-29)
const excel1904Epoch = civilDay(1904, 1, 1);
const maxSerial = 2_958_465; // 9999-12-31

const timeTail = /^(.*?[\d日号])(?:[ T]+|(?<=\d)T)\d{1,2}(?::\d{1,2}){1,2}(?:[.,]\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/;
const chinese = /^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const numeric = /^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})$/;
const dayMonthName = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([A-Za-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$/;
const monthNameDay = /^([A-Za-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?\s*,?[\s\-/.]*(\d{4}|\d{2})$/;
const weekday = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/**
 * Reads dates in the forms of METHOD §1 to UTC epoch days: ISO, 2024/3/5, 2024.3.5, 20240305,
 * 2024年3月5日, 5-Mar-2024, Mar 5, 2024, day-first or month-first 5/3/2024, date-times
 * (truncated to the day, no time-zone shift) and Excel serial numbers (1900 system with its fake
 * 1900-02-29, or 1904). `read` returns NaN when the text is not a date and says why in `problem`;
 * `kinds` holds the bit set of conversions applied (bit i = dateCoercions[i]).
 * With day order 'auto', the first value that decides (16/3/2024) fixes the order for the rest;
 * an undecided ambiguous value (5/3/2024 before any decider) is refused as `ambiguousDate`.
 * With two-digit years 'reject' such values are refused before they can decide the day order.
 */
export class DateReader {
  kinds = 0;
  problem: DateProblem = 'badDate';
  /** The day order in force: set at construction, or decided by the data under 'auto'. */
  order: 'dmy' | 'mdy' | null;
  readonly excel1904: boolean;
  readonly rejectTwoDigitYears: boolean;
  #cache = new Map<string, number>();
  /** The last date read (consecutive rows often share it). */
  #lastText: string | null = null;
  #lastDay = 0;
  #lastKinds = 0;

  constructor(options: DateOptions = {}) {
    const dayOrder = options.dayOrder ?? 'auto';
    if (dayOrder !== 'auto' && dayOrder !== 'dmy' && dayOrder !== 'mdy') throw new RangeError(`invalid day order: ${JSON.stringify(dayOrder)}`);
    const twoDigitYears = options.twoDigitYears ?? 'accept';
    if (twoDigitYears !== 'accept' && twoDigitYears !== 'reject') throw new RangeError(`invalid two-digit years: ${JSON.stringify(twoDigitYears)}`);
    this.order = dayOrder === 'auto' ? null : dayOrder;
    this.excel1904 = options.excel1904 ?? false;
    this.rejectTwoDigitYears = twoDigitYears === 'reject';
  }

  read(text: string): number {
    if (text === this.#lastText) {
      this.kinds = this.#lastKinds;
      return this.#lastDay;
    }
    const day = this.#read(text);
    if (!Number.isNaN(day)) {
      this.#lastText = text;
      this.#lastDay = day;
      this.#lastKinds = this.kinds;
    }
    return day;
  }

  #read(text: string): number {
    const cached = this.#cache.get(text);
    if (cached !== undefined) {
      const kinds = ((cached % KIND_SPACE) + KIND_SPACE) % KIND_SPACE;
      this.kinds = kinds;
      return (cached - kinds) / KIND_SPACE;
    }
    let day: number;
    // Fast path: ISO yyyy-mm-dd, optionally followed by a time.
    if (text.length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && (text.length === 10 || text.charCodeAt(10) === 32 || text.charCodeAt(10) === 84)) {
      const y = digits(text, 0, 4), m = digits(text, 5, 7), d = digits(text, 8, 10);
      day = y >= 0 && m >= 0 && d >= 0 ? validDay(y, m, d) : NaN;
      this.kinds = 0;
      if (!Number.isNaN(day) && text.length > 10) {
        if (!timeTail.test(text)) day = NaN;
        else this.kinds = DATE_TIME;
      }
      if (Number.isNaN(day)) day = this.#slow(text);
    } else day = this.#slow(text);
    if (!Number.isNaN(day)) {
      if (this.#cache.size >= 200_000) this.#cache.clear();
      this.#cache.set(detach(text), day * KIND_SPACE + this.kinds);
    }
    return day;
  }

  #slow(text: string): number {
    this.kinds = 0;
    this.problem = 'badDate';
    let kinds = 0;
    let s = text.trim();
    if (/[\uff01-\uff5e\u3000]/.test(s)) {
      s = s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
      kinds |= FULL_WIDTH;
    }
    if (!s) return NaN;
    // Excel serial numbers and compact yyyymmdd.
    if (/^\d+(?:\.\d+)?$/.test(s)) {
      if (/^\d{8}$/.test(s)) {
        const day = validDay(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
        return this.#done(day, kinds | COMPACT);
      }
      const serial = Math.floor(+s);
      if (this.excel1904) {
        if (serial > maxSerial - 1462) return NaN;
        return this.#done(excel1904Epoch + serial, kinds | EXCEL);
      }
      if (serial < 1 || serial > maxSerial) return NaN;
      if (serial === 60) {
        this.problem = 'excelFakeDate';
        return NaN;
      }
      return this.#done(excel1900Epoch + serial + (serial < 60 ? 1 : 0), kinds | EXCEL);
    }
    const time = timeTail.exec(s);
    if (time) {
      s = time[1];
      kinds |= DATE_TIME;
    }
    let m = chinese.exec(s);
    if (m) {
      const two = m[1].length === 2;
      if (two && this.#refuseTwoDigits()) return NaN;
      return this.#done(validDay(two ? fullYear(+m[1]) : +m[1], +m[2], +m[3]), kinds | CHINESE | (two ? TWO_DIGIT : 0));
    }
    m = numeric.exec(s);
    if (m) {
      const sep = m[2] === '/' ? SLASH : m[2] === '.' ? DOT : 0;
      const [a, b, c] = [m[1], m[3], m[4]];
      if (a.length === 4) return this.#done(validDay(+a, +b, +c), kinds | sep);
      if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return NaN;
      const two = c.length === 2;
      if (two && this.#refuseTwoDigits()) return NaN;
      const y = two ? fullYear(+c) : +c;
      kinds |= sep | DAY_ORDER | (two ? TWO_DIGIT : 0);
      return this.#dayMonth(y, +a, +b, kinds);
    }
    s = s.replace(weekday, '');
    m = dayMonthName.exec(s);
    if (m) return this.#named(m[3], m[2], +m[1], kinds);
    m = monthNameDay.exec(s);
    if (m) return this.#named(m[3], m[1], +m[2], kinds);
    return NaN;
  }

  #named(year: string, month: string, d: number, kinds: number): number {
    const mo = months[month.toLowerCase()];
    if (!mo) return NaN;
    const two = year.length === 2;
    if (two && this.#refuseTwoDigits()) return NaN;
    return this.#done(validDay(two ? fullYear(+year) : +year, mo, d), kinds | MONTH_NAME | (two ? TWO_DIGIT : 0));
  }

  /** a/b/y: day-first or month-first. */
  #dayMonth(y: number, a: number, b: number, kinds: number): number {
    const dmy = validDay(y, b, a);
    const mdy = validDay(y, a, b);
    if (this.order === 'dmy') {
      if (Number.isNaN(dmy) && !Number.isNaN(mdy)) this.problem = 'dayOrderConflict';
      return this.#done(dmy, kinds);
    }
    if (this.order === 'mdy') {
      if (Number.isNaN(mdy) && !Number.isNaN(dmy)) this.problem = 'dayOrderConflict';
      return this.#done(mdy, kinds);
    }
    if (dmy === mdy) return this.#done(dmy, kinds);
    if (Number.isNaN(mdy)) {
      this.order = 'dmy';
      return this.#done(dmy, kinds);
    }
    if (Number.isNaN(dmy)) {
      this.order = 'mdy';
      return this.#done(mdy, kinds);
    }
    this.problem = 'ambiguousDate';
    return NaN;
  }

  #refuseTwoDigits(): boolean {
    if (this.rejectTwoDigitYears) this.problem = 'twoDigitYear';
    return this.rejectTwoDigitYears;
  }

  #done(day: number, kinds: number): number {
    if (!Number.isNaN(day)) this.kinds = kinds;
    return day;
  }
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** The conversion names in a bit set from `DateReader.kinds`. */
export function dateCoercionNames(kinds: number): DateCoercion[] {
  return dateCoercions.filter((_, i) => kinds & (1 << i));
}

/** Reads one date (see DateReader): its epoch day (NaN if unreadable), the conversions applied, or the problem. */
export function parseDate(
  text: string,
  options: DateOptions = {}
): { day: number; kinds: DateCoercion[]; problem?: DateProblem } {
  const reader = new DateReader(options);
  const day = reader.read(text);
  return Number.isNaN(day) ? { day, kinds: [], problem: reader.problem } : { day, kinds: dateCoercionNames(reader.kinds) };
}

/**
 * The day order a column of dates implies: 'dmy' or 'mdy' when some value decides it (16/3/2024
 * is day-first) and none contradicts; 'ambiguous' when values like 5/3/2024 occur but none
 * decides (or deciders disagree); 'none' when no value is written day-and-month-first.
 */
export function inferDayOrder(values: Iterable<string>): 'dmy' | 'mdy' | 'ambiguous' | 'none' {
  let dmy = false, mdy = false, ambiguous = false;
  for (const raw of values) {
    let s = raw.trim();
    const time = timeTail.exec(s);
    if (time) s = time[1];
    const m = numeric.exec(s);
    if (!m || m[1].length > 2) continue;
    const a = +m[1], b = +m[3];
    if (a > 12 && b <= 12) dmy = true;
    else if (b > 12 && a <= 12) mdy = true;
    else if (a !== b && a <= 12 && b <= 12) ambiguous = true;
  }
  if (dmy && !mdy) return 'dmy';
  if (mdy && !dmy) return 'mdy';
  if (dmy || mdy || ambiguous) return 'ambiguous';
  return 'none';
}
