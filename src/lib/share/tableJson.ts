import type { Category, Table, Values } from '../analysis/table.ts';
import type { TableJson } from './schema.ts';
import { ShareError } from './ShareError.ts';

const numberRoles = ['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const;
const categoryRoles = ['order', 'product', 'region'] as const;

function numbersOut(values: Values): (number | null)[] {
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Number.isFinite(values[i]) ? values[i] : null;
  return out;
}

function categoryOut(c: Category): { codes: number[]; labels: string[] } {
  return { codes: Array.from(c.codes), labels: c.labels.slice() };
}

/**
 * A Table as plain JSON (the inverse of `tableFromJson`). With `transactionsOnly`, a
 * transactions table keeps only the columns the analyses read (customer, date,
 * amount, order, product, region, cost, profit, payment), to keep links short.
 */
export function tableToJson(table: Table, options: { transactionsOnly?: boolean } = {}): TableJson {
  const lean = options.transactionsOnly && table.shape === 'transactions';
  const json: TableJson = { shape: table.shape, length: table.length, customer: categoryOut(table.customer), numbers: {}, categories: {} };
  if (table.date) json.date = Array.from(table.date);
  for (const role of numberRoles) {
    const values = table[role];
    if (values && !(lean && (role === 'quantity' || role === 'price'))) json[role] = numbersOut(values);
  }
  for (const role of categoryRoles) if (table[role]) json[role] = categoryOut(table[role]!);
  if (!lean) {
    for (const [name, values] of Object.entries(table.numbers)) json.numbers[name] = numbersOut(values);
    for (const [name, c] of Object.entries(table.categories)) json.categories[name] = categoryOut(c);
  }
  return json;
}

function invalid(detail: string): never {
  throw new ShareError('share.error.invalid', detail);
}

function numbersIn(name: string, values: (number | null)[], length: number): Float64Array {
  if (values.length !== length) invalid(`column ${name} has ${values.length} values for ${length} rows`);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = values[i] ?? Number.NaN;
  return out;
}

function categoryIn(name: string, c: { codes: number[]; labels: string[] }, length: number): Category {
  if (c.codes.length !== length) invalid(`column ${name} has ${c.codes.length} values for ${length} rows`);
  const n = c.labels.length;
  for (let i = 0; i < length; i++) if (c.codes[i] >= n) invalid(`column ${name} row ${i + 1} refers to label ${c.codes[i]} of ${n}`);
  return { codes: Int32Array.from(c.codes), labels: c.labels.slice() };
}

/** Builds a Table from validated JSON, checking what zod cannot: equal column lengths, codes within their labels, required columns of the shape. */
export function tableFromJson(json: TableJson): Table {
  const { length } = json;
  const table: Table = { shape: json.shape, length, customer: categoryIn('customer', json.customer, length), numbers: {}, categories: {} };
  if (json.date) {
    if (json.date.length !== length) invalid(`column date has ${json.date.length} values for ${length} rows`);
    table.date = Int32Array.from(json.date);
  }
  for (const role of numberRoles) {
    const values = json[role];
    if (values) table[role] = numbersIn(role, values, length);
  }
  for (const role of categoryRoles) {
    const c = json[role];
    if (c) table[role] = categoryIn(role, c, length);
  }
  for (const [name, values] of Object.entries(json.numbers)) table.numbers[name] = numbersIn(name, values, length);
  for (const [name, c] of Object.entries(json.categories)) table.categories[name] = categoryIn(name, c, length);
  if (json.shape === 'transactions' && (!table.date || !table.amount)) invalid('a transactions table without date or amount');
  return table;
}
