import { describe, expect, test } from 'vitest';
import { headerClaim } from '../../src/lib/import/headerRoles.ts';
import { headerWords, toSimplified } from '../../src/lib/import/headerWords.ts';

describe('headerWords(header)', () => {
  test.each([
    ['customer_id', ['customer', 'id']],
    ['Purchase-Dt', ['purchase', 'dt']],
    ['CustomerID', ['customer', 'id']],
    ['unitPrice', ['unit', 'price']],
    ['QUANTITYORDERED', ['quantity', 'ordered']],
    ['ORDERLINENUMBER', ['order', 'line', 'number']],
    ['CUSTOMERNAME', ['customer', 'name']],
    ['ＣｕｓｔｏｍｅｒＩＤ', ['customer', 'id']],
    ['Amount [USD]', ['amount']],
    ['营业收入（万元）', ['营业收入']],
    ['客户序号', ['客户', '序号']],
    ['購買數量', ['购买', '数量']],
    ['顧客コード', ['顾客', 'コード']],
    ['Sales (2)', ['sales']],
    ['Zzyzx', ['zzyzx']],
    ['', []]
  ])('%j → %j', (header, words) => expect(headerWords(header)).toEqual(words));

  test.each([
    ['客戶', '客户'],
    ['數量', '数量'],
    ['金額', '金额'],
    ['單價', '单价'],
    ['地區', '地区'],
    ['顧客', '顾客'],
    ['単価', '单价'],
    ['plain', 'plain']
  ])('toSimplified(%j) = %j', (text, expected) => expect(toSimplified(text)).toBe(expected));
});

/** The role a header is best read as (the highest score), or '' for none. */
const roleOf = (header: string) => {
  const entries = Object.entries(headerClaim(header).scores).sort((a, b) => b[1] - a[1]);
  return entries[0]?.[0] ?? '';
};

describe('headerClaim(header)', () => {
  test.each([
    // customer: a customer word alone or with an id or name word
    ['Client', 'customer'], ['Buyer No', 'customer'], ['member_key', 'customer'], ['Shopper Code', 'customer'], ['PatronNumber', 'customer'],
    ['客户', 'customer'], ['顾客编号', 'customer'], ['会员卡号', 'customer'], ['用户ID', 'customer'], ['单位名称', 'customer'], ['买家', 'customer'], ['客戶名稱', 'customer'],
    // date: the last word is a date word, whatever comes before
    ['When Date', 'date'], ['ORDERDATE', 'date'], ['Purchase_Dt', 'date'], ['posting time', 'date'], ['Timestamp', 'date'], ['开票日期', 'date'], ['消费时间', 'date'], ['日付', 'date'],
    // amount, quantity, price
    ['Order Total', 'amount'], ['Order Value', 'amount'], ['Net Sales', 'amount'], ['Spend', 'amount'], ['tran_amount', 'amount'], ['实收金额', 'amount'], ['价税合计', 'amount'], ['金額', 'amount'],
    ['Units', 'quantity'], ['pcs', 'quantity'], ['QUANTITYORDERED', 'quantity'], ['购买数量', 'quantity'], ['件数', 'quantity'], ['數量', 'quantity'],
    ['PRICEEACH', 'price'], ['Unit Price', 'price'], ['单价', 'price'], ['単価', 'price'],
    // order, product, cost, profit, payment, region
    ['Invoice', 'order'], ['Receipt No', 'order'], ['Document Number', 'order'], ['单据编号', 'order'], ['订单号', 'order'],
    ['SKU', 'product'], ['Stock Code', 'product'], ['Article', 'product'], ['存货名称', 'product'], ['品名', 'product'],
    ['Unit Cost', 'cost'], ['COGS', 'cost'], ['Gross Margin', 'profit'], ['毛利', 'profit'], ['Paid', 'payment'], ['回款金额', 'payment'], ['Cost Amount', 'cost'], ['Profit Total', 'profit'],
    ['Sales Region', 'region'], ['TERRITORY', 'region'], ['Province', 'region'], ['地區', 'region'],
    // no role: an id owned by something else, a property of a customer, unknown words
    ['ORDERLINENUMBER', ''], ['Row ID', ''], ['Postal Code', ''], ['Customer Type', ''], ['客户类型', ''], ['Ship Mode', ''], ['Zzyzx', ''], ['', '']
  ])('%j is read as %j', (header, role) => expect(roleOf(header)).toBe(role));

  test.each([
    ['Customer ID', 'Customer Name', 'customer'],
    ['Order Date', 'Ship Date', 'date'],
    ['Product Code', 'Product Line', 'product'],
    ['Region', 'City', 'region'],
    ['Sales', 'Value', 'amount']
  ])('%j beats %j for %s', (strong, weak, role) => {
    const score = (h: string) => headerClaim(h).scores[role as 'customer'] ?? 0;
    expect(score(strong)).toBeGreaterThan(score(weak));
    expect(score(weak)).toBeGreaterThan(0);
  });

  test('a customer named by id or by name; a customer-table summary is marked', () => {
    expect(headerClaim('Customer ID').customerBy).toBe('id');
    expect(headerClaim('顧客名').customerBy).toBe('name');
    expect(headerClaim('Last Order Date').summary).toBe(true);
    expect(headerClaim('Recency').summary).toBe(true);
    expect(headerClaim('Order Date').summary).toBe(false);
  });
});
