import { describe, expect, test } from 'vitest';
import { guessMapping, normalizeHeader, validateMapping, type Mapping } from '../../src/lib/import/mapping.ts';
import { previewCsv } from '../../src/lib/import/parseCsv.ts';

const base: Mapping = { shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 }, amountFrom: 'column', dayOrder: 'auto', decimalComma: false, excel1904: false, numbers: [], categories: [] };

describe('normalizeHeader(header)', () => {
  test.each([
    ['Customer ID', 'customerid'],
    ['customer_id', 'customerid'],
    ['Unit-Price', 'unitprice'],
    ['营业收入（万元）', '营业收入'],
    ['金额(元)', '金额'],
    ['Amount [USD]', 'amount'],
    ['ＣｕｓｔｏｍｅｒＩＤ', 'customerid']
  ])('%j → %j', (header, expected) => expect(normalizeHeader(header)).toBe(expected));
});

describe('guessMapping(headers, rows)', () => {
  test('Online Retail: quantity × unit price, invoice as order, stock code as product, country as region', () => {
    const p = previewCsv(
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
        '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n' +
        '536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n' +
        '536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom\n'
    );
    expect(p.mapping).toMatchObject({
      shape: 'transactions',
      columns: { order: 0, product: 1, quantity: 3, date: 4, price: 5, customer: 6, region: 7 },
      amountFrom: 'quantityTimesPrice',
      decimalComma: false
    });
    expect(p.mapping.columns.amount).toBeUndefined();
    expect(validateMapping(p.mapping, p.headers).ok).toBe(true);
  });

  test('rfm_data_orders (R rfm package): customer_id, order_date, revenue', () => {
    const p = previewCsv('"customer_id","order_date","revenue"\n"Brion Stark",2004-12-20,32\n"Ethyl Botsford",2005-05-02,36\n');
    expect(p.mapping).toMatchObject({ shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 }, amountFrom: 'column' });
  });

  test('Chinese transaction headers', () => {
    const headers = ['订单号', '客户名称', '订单日期', '产品', '数量', '单价', '金额', '成本', '利润', '地区', '回款', '渠道'];
    const rows = [
      ['D1', '华东贸易', '2024/1/5', '电视机', '2', '600', '1200', '900', '300', '华东', '1200', '经销'],
      ['D2', '南方电器', '2024/2/3', '冰箱', '1', '800', '800', '650', '150', '华南', '0', '直销'],
      ['D3', '华东贸易', '2024/3/1', '洗衣机', '1', '450', '450', '300', '150', '华东', '450', '经销']
    ];
    const m = guessMapping(headers, rows);
    expect(m.columns).toEqual({ order: 0, customer: 1, date: 2, product: 3, quantity: 4, price: 5, amount: 6, cost: 7, profit: 8, region: 9, payment: 10 });
    expect(m.amountFrom).toBe('column');
    expect(m.shape).toBe('transactions');
    expect(m.categories).toEqual([11]);
  });

  test.each([
    [['客户', '交易日期', '销售额'], { customer: 0, date: 1, amount: 2 }],
    [['客户编号', '日期', '营业收入'], { customer: 0, date: 1, amount: 2 }],
    [['client', 'Date', 'Sales'], { customer: 0, date: 1, amount: 2 }],
    [['Customer', 'Order Date', 'Revenue', 'Order ID'], { customer: 0, date: 1, amount: 2, order: 3 }],
    [['商品', '客户名称', '区域', '日期', '金额'], { product: 0, customer: 1, region: 2, date: 3, amount: 4 }]
  ])('%j', (headers, columns) => {
    expect(guessMapping(headers, []).columns).toEqual(columns);
  });

  test('a customer table (长海物流): no date column; the revenue is the amount; other columns are indicators or attributes', () => {
    const headers = ['客户编号', '营业收入（万元）', '利润', '客户类型', '服务评分'];
    const rows = [
      ['1', '590', '50', '经济型', '4.5'],
      ['2', '140', '12', '道德型', '3.9'],
      ['3', '100', '-3', '个性化', '4.1']
    ];
    const m = guessMapping(headers, rows);
    expect(m.shape).toBe('customers');
    expect(m.columns).toEqual({ customer: 0, amount: 1, profit: 2 });
    expect(m.numbers).toEqual([4]);
    expect(m.categories).toEqual([3]);
    expect(validateMapping(m, headers).ok).toBe(true);
  });

  test('free text in transactions (descriptions) is not kept as an attribute; repeated labels are', () => {
    const headers = ['customer', 'date', 'amount', 'note', 'channel'];
    const rows = Array.from({ length: 9 }, (_, i) => [`C${i}`, '2024-01-01', '1', `free text ${i}`, i % 2 ? 'web' : 'shop']);
    expect(guessMapping(headers, rows).categories).toEqual([4]);
  });

  test('unknown headers map nothing, and the result fails validation naming what is missing', () => {
    const m = guessMapping(['x', 'y'], [['1', '2']]);
    expect(m.columns).toEqual({});
    const v = validateMapping(m, ['x', 'y']);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.map((e) => e.code)).toContain('mapping.error.noCustomer');
  });

  test('does not modify its inputs', () => {
    const headers = ['customer', 'date', 'amount'];
    const rows = [['A', '2024-01-01', '1']];
    const copy = JSON.stringify([headers, rows]);
    guessMapping(headers, rows);
    expect(JSON.stringify([headers, rows])).toBe(copy);
  });
});

describe('validateMapping(mapping, headers)', () => {
  const headers = ['customer', 'date', 'amount', 'qty', 'price', 'note'];
  const codes = (mapping: unknown) => {
    const v = validateMapping(mapping, headers);
    return v.ok ? [] : v.errors.map((e) => [e.code, e.params ?? {}]);
  };

  test('a correct mapping passes and is returned', () => {
    const v = validateMapping(base, headers);
    expect(v).toEqual({ ok: true, mapping: base });
  });

  test.each([
    ['no customer', { ...base, columns: { date: 1, amount: 2 } }, [['mapping.error.noCustomer', {}]]],
    ['no date', { ...base, columns: { customer: 0, amount: 2 } }, [['mapping.error.noDate', {}]]],
    ['no amount', { ...base, columns: { customer: 0, date: 1 } }, [['mapping.error.noAmount', {}]]],
    ['quantity × price without price', { ...base, amountFrom: 'quantityTimesPrice', columns: { customer: 0, date: 1, quantity: 3 } }, [['mapping.error.noQuantityPrice', {}]]],
    ['a column used twice', { ...base, columns: { customer: 0, date: 1, amount: 2, order: 0 } }, [['mapping.error.duplicateColumn', { column: 'customer' }]]],
    ['a role and an extra on one column', { ...base, numbers: [2] }, [['mapping.error.duplicateColumn', { column: 'amount' }]]],
    ['an index past the last column', { ...base, categories: [6] }, [['mapping.error.columnOutOfRange', { index: 7, columns: 6 }]]],
    ['a negative index', { ...base, columns: { customer: -1, date: 1, amount: 2 } }, [['mapping.error.columnOutOfRange', { index: 0, columns: 6 }]]],
    ['customer table without an indicator', { ...base, shape: 'customers', columns: { customer: 0 } }, [['mapping.error.noIndicator', {}]]]
  ])('%s', (_, mapping, expected) => {
    expect(codes(mapping)).toEqual(expected);
  });

  test('a customer table needs no date; an extra number is an indicator', () => {
    expect(codes({ ...base, shape: 'customers', columns: { customer: 0 }, numbers: [2] })).toEqual([]);
  });

  test.each([
    ['not an object', 'customer'],
    ['a wrong shape', { ...base, shape: 'orders' }],
    ['a fractional index', { ...base, columns: { customer: 0.5, date: 1, amount: 2 } }],
    ['an unknown role', { ...base, columns: { ...base.columns, colour: 3 } }],
    ['a missing field', { ...base, numbers: undefined }],
    ['a wrong day order', { ...base, dayOrder: 'ymd' }]
  ])('zod refuses %s with the path at fault', (_, mapping) => {
    const v = validateMapping(mapping, headers);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors[0].code).toBe('mapping.error.invalid');
      expect(String(v.errors[0].params?.detail)).not.toBe('');
    }
  });
});

describe('guessMapping(headers, rows): a header naming a number against its content', () => {
  const rows = (values: string[]) => values.map((v, i) => [`C${i % 4}`, `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, v]);
  test.each([
    ['amount with 40 % bad values stays the amount (the guard counts them)', 'amount', ['1', 'abc', '3', '', 'x', '12.5', '7', 'n/a', '9', '2'], 2],
    ['payment holding payment methods is not the payment', 'payment', ['Cash', 'Card', 'Cash', 'Transfer', 'Card', 'Cash'], undefined]
  ])('%s', (_, header, values, expected) => {
    const mapping = guessMapping(['customer', 'date', header], rows(values));
    expect(mapping.columns[header as 'amount' | 'payment']).toBe(expected);
  });
});
