import { z } from 'zod';
import { dayOfIso } from '../analysis/day.ts';
import type { Role } from '../analysis/table.ts';
import { isBlank, NumberReader } from './parseNumber.ts';

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

/** Known header names per role, best first (normalised as by normalizeHeader). */
export const headerAliases: Record<Role, string[]> = {
  customer: [
    'customerid', 'customer', 'customerno', 'customernumber', 'customercode', 'customerkey', 'custid', 'custno', 'clientid', 'client', 'customername',
    'clientname', 'buyerid', 'buyer', 'memberid', 'accountid', 'account', 'accountname',
    '客户编号', '客户id', '客户代码', '客户号', '客户', '客户名称', '客户名', '客户简称', '顾客id', '顾客编号', '顾客', '会员id', '会员编号', '会员', '用户id', '买家', '单位名称', '公司名称'
  ],
  date: [
    'date', 'orderdate', 'invoicedate', 'transactiondate', 'purchasedate', 'saledate', 'salesdate', 'orderdatetime', 'datetime', 'timestamp', 'day', 'time',
    '日期', '订单日期', '交易日期', '下单日期', '销售日期', '购买日期', '发票日期', '开票日期', '成交日期', '下单时间', '交易时间', '时间'
  ],
  amount: [
    'amount', 'revenue', 'sales', 'salesamount', 'totalamount', 'total', 'ordervalue', 'value', 'monetary', 'turnover', 'netsales', 'salesvalue', 'totalsales',
    '金额', '销售额', '营业收入', '销售金额', '交易金额', '订单金额', '总金额', '营业额', '收入', '销售收入', '成交金额', '实收金额', '含税金额'
  ],
  order: [
    'invoiceno', 'invoice', 'invoiceid', 'invoicenumber', 'orderid', 'orderno', 'ordernumber', 'order', 'transactionid', 'receiptno', 'receipt',
    '订单号', '订单编号', '单号', '发票号', '订单', '单据号', '单据编号', '流水号'
  ],
  quantity: ['quantity', 'qty', 'units', 'unitssold', 'volume', '数量', '销量', '销售数量', '件数'],
  price: ['unitprice', 'price', 'saleprice', '单价', '销售单价', '价格', '售价'],
  product: [
    'stockcode', 'productid', 'productcode', 'sku', 'itemcode', 'product', 'productname', 'item', 'itemname', 'description', 'productcategory', 'category',
    '产品', '商品', '产品名称', '商品名称', '品名', '产品编号', '商品编号', '货品', '产品类别', '商品类别', '品类'
  ],
  cost: ['cost', 'cogs', 'totalcost', 'costamount', '成本', '销售成本', '营业成本', '成本金额'],
  profit: ['profit', 'grossprofit', 'margin', '利润', '毛利', '毛利润', '利润额', '净利润'],
  payment: ['payment', 'payments', 'paid', 'collected', 'collection', 'receipts', '回款', '回款金额', '回款额', '已回款', '收款', '收款金额', '实收'],
  region: ['region', 'country', 'area', 'territory', 'province', 'state', 'city', '地区', '区域', '大区', '片区', '销售区域', '所在地区', '省份', '城市', '国家']
};

function isNumericColumn(rows: string[][], column: number, decimalComma: boolean): boolean {
  const reader = new NumberReader(decimalComma);
  let filled = 0, numeric = 0;
  for (const row of rows) {
    const text = row[column];
    if (text === undefined || isBlank(text)) continue;
    filled++;
    if (!Number.isNaN(reader.read(text))) numeric++;
  }
  return filled > 0 && numeric >= 0.8 * filled;
}

/**
 * The mapping a user most likely wants, from English and Chinese header names and the preview rows.
 * A file with a date column is read as transactions; without one as a customer table, where every
 * other numeric-looking column becomes an indicator and every text column an attribute.
 */
export function guessMapping(headers: string[], rows: string[][]): Mapping {
  const normalized = headers.map(normalizeHeader);
  const columns: Partial<Record<Role, number>> = {};
  const taken = new Set<number>();
  for (const role of roles) {
    let best = -1, bestRank = Infinity;
    normalized.forEach((h, i) => {
      if (taken.has(i)) return;
      const rank = headerAliases[role].indexOf(h);
      if (rank >= 0 && rank < bestRank) (best = i), (bestRank = rank);
    });
    if (best >= 0) {
      columns[role] = best;
      taken.add(best);
    }
  }
  const shape = columns.date === undefined ? 'customers' : 'transactions';
  const amountColumn = columns.amount ?? columns.price;
  const decimalComma = amountColumn !== undefined && !isNumericColumn(rows, amountColumn, false) && isNumericColumn(rows, amountColumn, true);
  const amountFrom = columns.amount === undefined && columns.quantity !== undefined && columns.price !== undefined ? 'quantityTimesPrice' : 'column';
  const numbers: number[] = [];
  const categories: number[] = [];
  headers.forEach((_, i) => {
    if (taken.has(i)) return;
    if (shape === 'customers') {
      (isNumericColumn(rows, i, decimalComma) ? numbers : categories).push(i);
    } else if (!isNumericColumn(rows, i, decimalComma)) {
      // A transaction attribute (channel, customer type …) repeats; free text such as descriptions does not.
      const distinct = new Set(rows.map((r) => (r[i] ?? '').trim()).filter((v) => v !== ''));
      if (distinct.size > 0 && distinct.size <= Math.max(2, rows.length / 3)) categories.push(i);
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
