import { z } from 'zod';
import { dayOfIso } from '../analysis/day.ts';
import type { Role } from '../analysis/table.ts';
import { headerClaim } from './headerRoles.ts';
import { profileColumn, type ColumnProfile } from './profileColumn.ts';

export const roles = ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'product', 'cost', 'profit', 'payment', 'region'] as const satisfies readonly Role[];

const index = z.number().int();
const isoDate = z.string().refine((s) => !Number.isNaN(dayOfIso(s)), 'expected a calendar date YYYY-MM-DD');

/** The confirmed column mapping of an import, checked with zod at the edge (worker, CLI, share links). */
export const mappingSchema = z.object({
  shape: z.enum(['transactions', 'customers']),
  columns: z.partialRecord(z.enum(roles), index),
  amountFrom: z.enum(['column', 'quantityTimesPrice']),
  dayOrder: z.enum(['auto', 'dmy', 'mdy']),
  decimalComma: z.boolean(),
  excel1904: z.boolean(),
  numbers: z.array(index),
  categories: z.array(index),
  encoding: z.string().optional(),
  /** The file has no header row: the first row is imported as data and the columns are numbered. */
  firstRowIsData: z.boolean().optional(),
  /** Names of the numbered columns when the first row is data (`Column 1` … when absent). */
  columnNames: z.array(z.string()).optional(),
    delimiter: z.string().optional(),
  /** Plausible dates, ISO, inclusive: rows dated outside are set aside (default 1900-01-01 to a year after today). */
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  /** Two-digit years: 'auto' rejects them when most of the column's dates have four digits (decided on the whole column). */
  twoDigitYears: z.enum(['auto', 'accept', 'reject']).optional()
});

export type Mapping = z.infer<typeof mappingSchema>;

export interface MappingError {
  code: string;
  params?: Record<string, string | number>;
}

/** Header text reduced for matching: NFKC (full-width → ASCII), lower case, units in brackets and separators removed. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([【][^)\]】]*[)\]】]/g, '')
    .replace(/[\s_\-.:#/\\'"]+/g, '');
}

const numericRoles = ['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const;

const isDateColumn = (p: ColumnProfile) => p.filled > 0 && p.dates >= 0.8;
const isNumberColumn = (p: ColumnProfile) => p.filled > 0 && p.numbers >= 0.8;
/** Dates written as dates (not numbers that could be Excel serials or yyyymmdd): a date by content alone. */
const looksLikeDates = (p: ColumnProfile) => p.filled > 0 && p.dates >= 0.75 && p.numbers < 0.5;

/**
 * Whether the values of a column can be read in the role its header names (an empty sample is no
 * evidence against it): half of them for a date; for a number, enough that the column is not
 * plainly text (`Payment` holding "Cash", "Card"): a header naming a number keeps a column whose
 * bad values the guard then counts, rather than losing it to a weaker candidate.
 */
function fits(role: Role, p: ColumnProfile, comma: ColumnProfile): boolean {
  if (p.filled === 0) return true;
  if (role === 'date') return p.dates >= 0.5;
  if ((numericRoles as readonly Role[]).includes(role)) return Math.max(p.numbers, comma.numbers) >= 0.3;
  return !looksLikeDates(p);
}

/**
 * The mapping a user most likely wants, from the headers and the preview rows together. Headers
 * are read word by word in English and Chinese (headerClaim); the strongest claims win, each
 * only where the column's values fit the role (a "date" that does not parse is no date). Then the
 * content fills what no header named: dates written as dates, the repeating text column with the
 * most distinct values as the customer, the numeric column with the largest typical value as the
 * amount, small whole numbers as the quantity. Customer ids that repeat, or any date, make
 * transactions, unless the ids are unique and the headers are a customer table's summary
 * (recency, last order date …). In a customer table the other numeric columns become indicators
 * and text columns attributes; in transactions repeated labels become attributes.
 */
export function guessMapping(headers: string[], rows: string[][]): Mapping {
  const claims = headers.map(headerClaim);
  const plain = headers.map((_, i) => profileColumn(rows, i, false));
  const comma = headers.map((_, i) => profileColumn(rows, i, true));
  const columns: Partial<Record<Role, number>> = {};
  const taken = new Set<number>();
  const take = (role: Role, i: number) => ((columns[role] = i), taken.add(i));

  const offers = claims.flatMap((c, i) => (Object.entries(c.scores) as [Role, number][]).map(([role, score]) => ({ role, i, score })));
  offers.sort((a, b) => b.score - a.score || roles.indexOf(a.role) - roles.indexOf(b.role) || a.i - b.i);
  for (const { role, i } of offers) if (columns[role] === undefined && !taken.has(i) && fits(role, plain[i], comma[i])) take(role, i);

  // Content decides what no header named; one row is no evidence of repetition or size.
  const evidence = rows.length >= 2;
  const free = (i: number) => !taken.has(i) && plain[i].filled > 0;
  const best = (score: (i: number) => number) => {
    let at = -1, top = -Infinity;
    headers.forEach((_, i) => {
      if (!free(i)) return;
      const s = score(i);
      if (s > top) (at = i), (top = s);
    });
    return at;
  };
  if (evidence && columns.date === undefined) {
    // A date of the customer (`Created`, `Birth Date`) is not a transaction date.
    const i = best((i) => (looksLikeDates(plain[i]) && !claims[i].summary ? plain[i].dates : -Infinity));
    if (i >= 0 && looksLikeDates(plain[i]) && !claims[i].summary) take('date', i);
  }
  if (columns.date === undefined) {
    // No column holds dates: a header that names the date, over text that does not parse, is still the
    // date (the check before import then counts its bad values); over numbers (a day of the month) it is not.
    const named = offers.find(({ role, i }) => role === 'date' && !taken.has(i) && plain[i].numbers < 0.2);
    if (named) take('date', named.i);
  }
  if (evidence && columns.customer === undefined) {
    // Text ids first, then whole-number ids; among them the most distinct values, repeating ones first in transactions.
    const label = (i: number) => !isNumberColumn(plain[i]) && !isDateColumn(plain[i]);
    const wholeId = (i: number) => isNumberColumn(plain[i]) && plain[i].integers === 1 && plain[i].digits === 1 && !Object.keys(claims[i].scores).length;
    const repeats = (i: number) => plain[i].distinct < plain[i].filled;
    const score = (i: number) => {
      if (Object.keys(claims[i].scores).length || claims[i].attribute) return -Infinity;
      const kind = label(i) ? 2 : wholeId(i) ? 1 : -Infinity;
      return kind * 1e6 + (columns.date !== undefined && repeats(i) ? 1e5 : 0) + plain[i].distinct;
    };
    const i = best(score);
    if (i >= 0 && Number.isFinite(score(i))) take('customer', i);
  }
  const idWords = (i: number) => claims[i].words.some((w) => ['id', 'no', 'num', 'nr', 'number', 'code', 'key', '序号', '编号', '编码', '代码', '号'].includes(w));
  const numericFree = (i: number) => isNumberColumn(plain[i]) && !idWords(i) && !claims[i].attribute && !Object.keys(claims[i].scores).length;
  if (evidence && columns.amount === undefined && (columns.quantity === undefined || columns.price === undefined)) {
    const i = best((i) => (numericFree(i) ? plain[i].typical : -Infinity));
    if (i >= 0 && numericFree(i)) take('amount', i);
  }
  if (evidence && columns.date !== undefined && columns.quantity === undefined && columns.amount !== undefined) {
    const small = (i: number) => numericFree(i) && plain[i].integers === 1 && plain[i].digits === 1 && plain[i].typical <= 100 && (plain[i].filled < 10 || plain[i].distinct < plain[i].filled);
    const i = best((i) => (small(i) ? -plain[i].typical : -Infinity));
    if (i >= 0 && small(i)) take('quantity', i);
  }

  const customer = columns.customer === undefined ? undefined : plain[columns.customer];
  const uniqueIds = customer !== undefined && customer.filled >= 2 && customer.distinct === customer.filled;
  const summaryTable = claims.some((c) => c.summary);
  const shape = columns.date !== undefined && !(uniqueIds && summaryTable) ? 'transactions' : 'customers';
  if (shape === 'customers' && columns.date !== undefined) {
    taken.delete(columns.date);
    delete columns.date;
  }
  const amountColumn = columns.amount ?? columns.price;
  const decimalComma = amountColumn !== undefined && !isNumberColumn(plain[amountColumn]) && isNumberColumn(comma[amountColumn]);
  const profiles = decimalComma ? comma : plain;
  const amountFrom = columns.amount === undefined && columns.quantity !== undefined && columns.price !== undefined ? 'quantityTimesPrice' : 'column';
  const numbers: number[] = [];
  const categories: number[] = [];
  headers.forEach((_, i) => {
    if (taken.has(i)) return;
    const p = profiles[i];
    if (p.filled === 0 || isDateColumn(p) && !isNumberColumn(p)) return;
    if (shape === 'customers') (isNumberColumn(p) ? numbers : categories).push(i);
    else if (isNumberColumn(p)) {
      // A second amount, cost … (a repeated header such as `Sales (2)`) is kept as an extra number.
      if (Object.keys(claims[i].scores).some((r) => (numericRoles as readonly string[]).includes(r))) numbers.push(i);
    } else if (claims[i].customerBy === 'name' && claims[i].scores.customer !== undefined) {
      // The customer's name beside its id (`Customer Name` beside `Customer ID`) is an attribute.
      categories.push(i);
    } else {
      // A transaction attribute (channel, customer type …) repeats; free text such as descriptions does not.
      if (p.distinct <= Math.max(2, rows.length / 3)) categories.push(i);
    }
  });
  return { shape, columns, amountFrom, dayOrder: 'auto', decimalComma, excel1904: false, numbers, categories };
}

/** Checks a mapping against the headers: structure (zod), then meaning. Error codes are i18n keys. */
export function validateMapping(mapping: unknown, headers: string[]): { ok: true; mapping: Mapping } | { ok: false; errors: MappingError[] } {
  const parsed = mappingSchema.safeParse(mapping);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, errors: [{ code: 'mapping.error.invalid', params: { detail: `${issue.path.join('.') || '(mapping)'}: ${issue.message}` } }] };
  }
  const m = parsed.data;
  const errors: MappingError[] = [];
  const name = (i: number) => headers[i] ?? `#${i + 1}`;
  const uses = new Map<number, number>();
  const use = (i: number) => {
    if (i < 0 || i >= headers.length) errors.push({ code: 'mapping.error.columnOutOfRange', params: { index: i + 1, columns: headers.length } });
    else uses.set(i, (uses.get(i) ?? 0) + 1);
  };
  for (const role of roles) if (m.columns[role] !== undefined) use(m.columns[role]);
  for (const i of m.numbers) use(i);
  for (const i of m.categories) use(i);
  for (const [i, n] of uses) if (n > 1) errors.push({ code: 'mapping.error.duplicateColumn', params: { column: name(i) } });
  if (m.columns.customer === undefined) errors.push({ code: 'mapping.error.noCustomer' });
  if (m.shape === 'transactions') {
    if (m.columns.date === undefined) errors.push({ code: 'mapping.error.noDate' });
    const hasAmount = m.amountFrom === 'column' ? m.columns.amount !== undefined : m.columns.quantity !== undefined && m.columns.price !== undefined;
    if (!hasAmount) errors.push({ code: m.amountFrom === 'column' ? 'mapping.error.noAmount' : 'mapping.error.noQuantityPrice' });
  } else {
    const indicators = m.numbers.length + (['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const).filter((r) => m.columns[r] !== undefined).length;
    if (indicators === 0) errors.push({ code: 'mapping.error.noIndicator' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, mapping: m };
}
