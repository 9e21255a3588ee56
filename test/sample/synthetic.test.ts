import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { defaultCustomers, generateTransactions, syntheticHeader, type SyntheticOptions } from '../../src/lib/sample/synthetic.ts';

const lines = (options: SyntheticOptions) => [...generateTransactions(options)];
const regions = new Set(['华东', '华南', '华北', '华中', '西南', '西北', '东北']);
const cents = (s: string) => Math.round(Number(s) * 100);

interface Row {
  order: string;
  day: number;
  customer: string;
  region: string;
  channel: string;
  product: string;
  category: string;
  quantity: number;
  price: string;
  amount: string;
  cost: string;
  payment: string;
}

function parse(line: string): Row {
  const f = line.split(',');
  expect(f, line).toHaveLength(12);
  return {
    order: f[0],
    day: dayOfIso(f[1]),
    customer: f[2],
    region: f[3],
    channel: f[4],
    product: f[5],
    category: f[6],
    quantity: Number(f[7]),
    price: f[8],
    amount: f[9],
    cost: f[10],
    payment: f[11]
  };
}

describe('generateTransactions(options)', () => {
  it('writes the header the importer auto-detects, first', () => {
    expect(lines({ rows: 3 })[0]).toBe(syntheticHeader);
    expect(syntheticHeader).toBe('order_id,order_date,customer_id,region,channel,product,category,quantity,unit_price,amount,cost,payment');
  });

  it('gives the same bytes for the same options and different ones for another seed', () => {
    const a = lines({ rows: 3000, customers: 200, seed: 42 });
    expect(lines({ rows: 3000, customers: 200, seed: 42 })).toEqual(a);
    expect(lines({ rows: 3000, customers: 200, seed: 43 })).not.toEqual(a);
  });

  it.each([0, 1, 2, 17, 999, 5000])('writes exactly %i data rows', (rows) => {
    expect(lines({ rows, customers: 150 })).toHaveLength(rows + 1);
  });

  it('writes exactly the rows asked even with a single customer', () => {
    expect(lines({ rows: 500, customers: 1, seed: 9 })).toHaveLength(501);
  });

  it('writes valid rows: dates in range, amount = quantity × unit price, known regions, returns present', () => {
    const data = lines({ rows: 20_000, seed: 5 }).slice(1).map(parse);
    const first = dayOfIso('2024-01-01');
    const last = dayOfIso('2025-12-31');
    let negative = 0;
    let belowCost = 0;
    const orderDay = new Map<string, number>();
    for (const row of data) {
      expect(row.day).toBeGreaterThanOrEqual(first);
      expect(row.day).toBeLessThanOrEqual(last);
      expect(row.order).toMatch(/^(SO|RT)\d{8}$/);
      expect(row.customer).toMatch(/^C\d{5}$/);
      expect(regions.has(row.region)).toBe(true);
      expect(Number.isInteger(row.quantity) && row.quantity !== 0).toBe(true);
      for (const money of [row.price, row.amount, row.cost, row.payment]) expect(money).toMatch(/^-?\d+\.\d\d$/);
      expect(cents(row.amount)).toBe(row.quantity * cents(row.price));
      expect(Math.sign(cents(row.cost))).toBe(Math.sign(row.quantity));
      if (row.quantity < 0) {
        negative++;
        expect(row.order.startsWith('RT')).toBe(true);
        expect(row.payment).toBe(row.amount);
      } else {
        expect(cents(row.payment)).toBeGreaterThanOrEqual(0);
        expect(cents(row.payment)).toBeLessThanOrEqual(cents(row.amount));
        if (cents(row.amount) < cents(row.cost)) belowCost++;
      }
      // An order belongs to one day.
      const seen = orderDay.get(row.order);
      if (seen !== undefined) expect(row.day).toBe(seen);
      orderDay.set(row.order, row.day);
    }
    expect(negative / data.length).toBeGreaterThan(0.01);
    expect(negative / data.length).toBeLessThan(0.03);
    expect(belowCost / data.length).toBeGreaterThan(0.02);
    expect(belowCost / data.length).toBeLessThan(0.3);
    // Orders have several lines on average.
    expect(data.length / orderDay.size).toBeGreaterThan(2);
  });

  it('makes a Pareto-like customer base that joins and churns over time', () => {
    const data = lines({ rows: 30_000, customers: 2000, seed: 11 }).slice(1).map(parse);
    const revenue = new Map<string, number>();
    const firstDay = new Map<string, number>();
    const lastDay = new Map<string, number>();
    const orders = new Map<string, Set<string>>();
    for (const row of data) {
      revenue.set(row.customer, (revenue.get(row.customer) ?? 0) + Number(row.amount));
      firstDay.set(row.customer, Math.min(firstDay.get(row.customer) ?? Infinity, row.day));
      lastDay.set(row.customer, Math.max(lastDay.get(row.customer) ?? -Infinity, row.day));
      if (row.quantity > 0) {
        if (!orders.has(row.customer)) orders.set(row.customer, new Set());
        orders.get(row.customer)!.add(row.order);
      }
    }
    expect(revenue.size).toBeGreaterThan(1800);
    expect(revenue.size).toBeLessThanOrEqual(2000);
    const values = [...revenue.values()].sort((a, b) => b - a);
    const total = values.reduce((a, b) => a + Math.max(b, 0), 0);
    const top20 = values.slice(0, Math.round(values.length / 5)).reduce((a, b) => a + b, 0);
    expect(top20 / total).toBeGreaterThan(0.6);
    expect(top20 / total).toBeLessThan(0.95);
    const D = dayOfIso('2025-12-31');
    let recentJoiners = 0;
    let lost = 0;
    let dormant = 0;
    for (const [customer, day] of firstDay) {
      if (day > D - 180) recentJoiners++;
      const last = lastDay.get(customer)!;
      if (last <= D - 365) lost++;
      else if (last <= D - 180) dormant++;
    }
    for (const count of [recentJoiners, lost, dormant]) expect(count).toBeGreaterThan(50);
    // One-off big-ticket customers: a single order worth more than the median customer's whole revenue many times over.
    const median = values[Math.floor(values.length / 2)];
    const oneOffBig = [...orders].filter(([c, o]) => o.size === 1 && revenue.get(c)! > 20 * median);
    expect(oneOffBig.length).toBeGreaterThan(3);
  });

  it('follows start and months, ending with the last day of the last month (leap year)', () => {
    const data = lines({ rows: 2000, customers: 100, start: '2024-01-31', months: 2 }).slice(1).map(parse);
    const days = data.map((r) => r.day);
    expect(Math.min(...days)).toBe(dayOfIso('2024-01-31'));
    expect(Math.max(...days)).toBe(dayOfIso('2024-02-29'));
    const year = lines({ rows: 3000, customers: 100, start: '2023-01-01', months: 12 }).slice(1).map(parse);
    expect(Math.max(...year.map((r) => r.day))).toBe(dayOfIso('2023-12-31'));
  });

  it('defaults to 45,000 rows and 3,000 customers from 2024-01-01 to 2025-12-31, and scales customers with rows', () => {
    expect(defaultCustomers(45_000)).toBe(3000);
    expect(defaultCustomers(2_000_000)).toBe(20_000);
    const all = lines({});
    expect(all).toHaveLength(45_001);
    expect(all[1].split(',')[1]).toBe('2024-01-01');
    expect(all[all.length - 1].split(',')[1]).toBe('2025-12-31');
  });

  it.each([
    [{ rows: -1 }, 'invalid rows: -1'],
    [{ rows: 2.5 }, 'invalid rows: 2.5'],
    [{ customers: 0 }, 'invalid customers: 0'],
    [{ months: 0 }, 'invalid months: 0'],
    [{ start: '2024-02-30' }, 'invalid start: 2024-02-30'],
    [{ seed: 0.5 }, 'invalid seed: 0.5']
  ] as [SyntheticOptions, string][])('rejects %o', (options, message) => {
    expect(() => lines(options)).toThrow(message);
  });

  it('does not mutate its options', () => {
    const options = { rows: 100, customers: 20, seed: 3 };
    lines(options);
    expect(options).toEqual({ rows: 100, customers: 20, seed: 3 });
  });
});

describe('public/samples', () => {
  it('synthetic.csv is what `npm run sample` generates today', () => {
    const file = readFileSync(new URL('../../public/samples/synthetic.csv', import.meta.url), 'utf8');
    expect(file).toBe(lines({}).join('\n') + '\n');
  });

  it('changhai.csv is the classroom table of METHOD §3 and nothing else', () => {
    const file = readFileSync(new URL('../../public/samples/changhai.csv', import.meta.url), 'utf8');
    const [header, ...rows] = file.trimEnd().split('\n');
    expect(header).toBe('客户编号,营业收入（万元）');
    expect(rows.map((r) => r.split(',').map(Number))).toEqual(
      [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20].map((v, i) => [i + 1, v])
    );
  });
});
