/** Conversions a number may need before it can be read (METHOD §1); each is counted at import. */
export const numberCoercions = ['thousands', 'currency', 'parentheses', 'percent', 'fullWidth', 'decimalComma'] as const;
export type NumberCoercion = (typeof numberCoercions)[number];

const bit = (kind: NumberCoercion) => 1 << numberCoercions.indexOf(kind);
const THOUSANDS = bit('thousands');
const CURRENCY = bit('currency');
const PARENTHESES = bit('parentheses');
const PERCENT = bit('percent');
const FULL_WIDTH = bit('fullWidth');
const DECIMAL_COMMA = bit('decimalComma');

const currencyPrefixes = ['RMB', 'CNY', 'USD', 'EUR', 'GBP', 'US$', 'HK$', '¥', '￥', '$', '€', '£'];
const currencySuffixes = ['RMB', 'CNY', 'USD', 'EUR', 'GBP', '元', '¥', '￥', '$', '€', '£'];

/** Whether a cell holds nothing but white space. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x3000 && c !== 13 && c !== 10) return false;
  }
  return true;
}

const pow10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain decimal number such as `-12.50` (the fast path: no conversion needed), or
 * NaN when the text is anything else. With at most 15 digits the digits form an exact integer N
 * and N / 10^k is the correctly rounded value, the same double as Number(text).
 */
export function plainValue(s: string): number {
  const n = s.length;
  if (n === 0) return NaN;
  let i = 0;
  let negative = false;
  let c = s.charCodeAt(0);
  if (c === 45) (negative = true), (i = 1);
  else if (c === 43) i = 1;
  let v = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > 15) return +s;
  const value = fraction > 0 ? v / pow10[fraction] : v;
  return negative ? -value : value;
}

/**
 * plainValue of the ASCII bytes b[s, e): the same double for a plain decimal of at most 15 digits, NaN for
 * anything else (more digits included: the caller then reads the text).
 */
export function plainBytes(b: Uint8Array, s: number, e: number): number {
  if (s === e) return NaN;
  let i = s;
  const first = b[s];
  if (first === 45 || first === 43) i++;
  let v = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? v / pow10[fraction] : v;
  return first === 45 ? -value : value;
}

const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const groupedComma = /^\d{1,3}(?:\.\d{3})+(?:,\d*)?$/;
const groupedSpace = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;
const scientific = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const decimalWithComma = /^\d*,\d+$|^\d+,$/;

/** Why a number could not be read: each is an i18n key `reject.<reason>`. */
export type NumberProblem = 'badNumber' | 'notFinite';

/**
 * Reads numbers as spreadsheets write them: `1,234.50`, `¥1200`, `(120)`, `12%`, full-width
 * digits, and `1.234,50` when decimal comma is chosen. `read` returns NaN for text that is not
 * a number (blank text included: test with `isBlank` first) and says why in `problem`: a number
 * beyond the range of a double (`1e309`, 400 digits) is `notFinite`, never Infinity. It leaves
 * in `kinds` the bit set of conversions it applied (bit i = numberCoercions[i]).
 */
export class NumberReader {
  kinds = 0;
  problem: NumberProblem = 'badNumber';
  constructor(readonly decimalComma = false) {}

  read(text: string): number {
    this.kinds = 0;
    let v = NaN;
    if (!this.decimalComma) v = plainValue(text);
    if (v !== v) v = this.#slow(text);
    if (v - v === 0) return v;
    this.problem = v === v ? 'notFinite' : 'badNumber';
    this.kinds = 0;
    return NaN;
  }

  #slow(text: string): number {
    let kinds = 0;
    let s = text.trim();
    if (/[\uff01-\uff5e\u3000]/.test(s)) {
      const before = s;
      s = s.replace(/[\uff01-\uff5e]/g, (ch) => (ch === '\uff04' ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))).replace(/\u3000/g, ' ');
      if (s !== before) kinds |= FULL_WIDTH;
      s = s.trim();
    }
    let negative = false;
    if (s.length > 2 && s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
      s = s.slice(1, -1).trim();
      negative = true;
      kinds |= PARENTHESES;
    }
    const sign = () => {
      const c = s.charCodeAt(0);
      if (c === 45 || c === 43 || c === 0x2212) {
        if (c !== 43) negative = !negative;
        s = s.slice(1).trim();
      }
    };
    sign();
    for (const p of currencyPrefixes) {
      if (s.startsWith(p)) {
        s = s.slice(p.length).trim();
        kinds |= CURRENCY;
        sign();
        break;
      }
    }
    if (s.endsWith('%')) {
      s = s.slice(0, -1).trim();
      kinds |= PERCENT;
    }
    for (const p of currencySuffixes) {
      if (s.endsWith(p)) {
        s = s.slice(0, -p.length).trim();
        kinds |= CURRENCY;
        break;
      }
    }
    if (!s) return NaN;
    let value: number;
    if (this.decimalComma) {
      if (/^\d+$/.test(s)) value = +s;
      else if (decimalWithComma.test(s)) {
        value = +s.replace(',', '.');
        kinds |= DECIMAL_COMMA;
      } else if (groupedComma.test(s)) {
        const comma = s.indexOf(',');
        value = +s.replace(/\./g, '').replace(',', '.');
        kinds |= THOUSANDS | (comma >= 0 ? DECIMAL_COMMA : 0);
      } else if (groupedSpace.test(s) && !s.includes('.')) {
        value = +s.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
        kinds |= THOUSANDS | (s.includes(',') ? DECIMAL_COMMA : 0);
      } else return NaN;
    } else if (scientific.test(s)) value = +s;
    else if (grouped.test(s)) {
      value = +s.replace(/,/g, '');
      kinds |= THOUSANDS;
    } else if (groupedSpace.test(s) && !s.includes(',')) {
      value = +s.replace(/[ \u00a0\u202f]/g, '');
      kinds |= THOUSANDS;
    } else return NaN;
    if (Number.isNaN(value)) return NaN;
    if (kinds & PERCENT) value /= 100;
    this.kinds = kinds;
    return negative ? -value : value;
  }
}

/** The names of the conversions in a bit set from `NumberReader.kinds`. */
export function numberCoercionNames(kinds: number): NumberCoercion[] {
  return numberCoercions.filter((_, i) => kinds & (1 << i));
}

/** Reads one number (see NumberReader): its value (NaN if unreadable or blank), the conversions applied, or the problem. */
export function parseNumber(text: string, decimalComma = false): { value: number; kinds: NumberCoercion[]; problem?: NumberProblem } {
  if (isBlank(text)) return { value: NaN, kinds: [] };
  const reader = new NumberReader(decimalComma);
  const value = reader.read(text);
  return Number.isNaN(value) ? { value, kinds: [], problem: reader.problem } : { value, kinds: numberCoercionNames(reader.kinds) };
}
