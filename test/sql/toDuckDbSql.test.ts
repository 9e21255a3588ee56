import { closeSync, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rRfmPreset, textbookRecencyCuts } from '../../src/lib/analysis/presets.ts';
import type { AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';
import { toDuckDbSql } from '../../src/lib/sql/toDuckDbSql.ts';
import { differences, engineRows, sqlRows } from './oracle.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'orders.csv');
/** The shared data folder lies beside the repository (../shared/data). */
const rData = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'rfm_data_orders.csv');
const changhai = join(import.meta.dirname, '..', '..', 'public', 'samples', 'changhai.csv');

type Patch = (c: AnalysisConfig) => void;
const configOf = (patch: Patch): AnalysisConfig => {
  const c = defaultConfig();
  patch(c);
  return c;
};

/** Settings that change each part of the SQL, applied one at a time to the defaults. */
const variants: [string, Patch][] = [
  ['defaults', () => {}],
  ['analysis date 2024-03-31 (rows after it left out)', (c) => (c.summary.analysisDate = '2024-03-31')],
  ['window 60 days', (c) => (c.summary.windowDays = 60)],
  ['frequency counts rows', (c) => (c.summary.frequency = 'rows')],
  ['monetary = average order value', (c) => (c.summary.monetary = 'average')],
  ['rfm-package breaks', (c) => (c.rfm.method = 'rfm-package')],
  ['thresholds', (c) => {
    c.rfm.method = 'thresholds';
    c.rfm.thresholds = { r: textbookRecencyCuts, f: [1, 2, 3, 5], m: [50, 100, 300, 800] };
  }],
  ['mean split', (c) => (c.rfm.method = 'mean')],
  ['median split', (c) => (c.rfm.method = 'median')],
  ['3 levels', (c) => (c.rfm.bins = 3)],
  ['4 levels', (c) => (c.rfm.bins = 4)],
  ['8-class model on the mean', (c) => (c.rfm.segments = 'eight')],
  ['8-class model on the median', (c) => {
    c.rfm.segments = 'eight';
    c.rfm.split = 'median';
  }],
  ['median scores with the 8-class model on the mean', (c) => {
    c.rfm.method = 'median';
    c.rfm.segments = 'eight';
  }],
  ['window, rows and average together', (c) => {
    c.summary.windowDays = 45;
    c.summary.frequency = 'rows';
    c.summary.monetary = 'average';
    c.rfm.method = 'rfm-package';
    c.rfm.bins = 4;
  }],
  ['vignette segments', (c) => (c.rfm.segments = 'rfm-package-vignette')],
  ['package tests segments', (c) => (c.rfm.segments = 'rfm-package-tests')],
  ['custom segments', (c) => {
    c.rfm.segments = 'custom';
    c.rfm.customSegments = [
      { name: "Best 'quoted'", r: [4, 5], f: [3, 5], m: [1, 5] },
      { name: 'Recent', r: [3, 5], f: [1, 5], m: [1, 5] }
    ];
  }],
  ['ABC crossing rule', (c) => (c.abc.rule = 'crossing')],
  ['ABC 70/90', (c) => {
    c.abc.a = 0.7;
    c.abc.b = 0.9;
  }],
  ['ABC on orders', (c) => (c.abc.metric = 'orders')],
  ['ABC on monetary (average)', (c) => {
    c.abc.metric = 'monetary';
    c.summary.monetary = 'average';
  }],
  ['ABC on quantity', (c) => (c.abc.metric = 'quantity')]
];

/** The SQL's rows of `source` under `config`, once they are checked equal to the engine's. */
async function agreedRows(source: string, config: AnalysisConfig) {
  const { rows } = await sqlRows(source, config);
  expect(differences(rows, engineRows(source, config))).toEqual([]);
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'kefen-sql-'));

describe('toDuckDbSql against the engine (DuckDB oracle)', () => {
  describe('fixture with ties, returns, same-day orders, rows without customer or id', () => {
    for (const [name, patch] of variants) {
      it(name, async () => {
        expect((await agreedRows(fixture, configOf(patch))).length).toBe(14);
      });
    }

    it('covers the cases it is meant to: ties, a return-only customer, unscored customers', async () => {
      const { rows } = await sqlRows(fixture, defaultConfig());
      const byId = new Map(rows.map((r) => [r.id, r]));
      // C2 and C9 both 200: natural id order puts C2 first.
      expect(byId.get('C2')!.rank).toBeLessThan(byId.get('C9')!.rank);
      // C5 only returned goods: revenue < 0, class C, not scored.
      expect(byId.get('C5')).toMatchObject({ abcClass: 'C', r: null, segment: 'others' });
      expect(byId.get('C5')!.value).toBe(-25);
      // C7: two orders by id and one customer-day order of the rows without an id.
      expect(byId.get('C7')!.frequency).toBe(3);
      // The row without a customer is not a customer; the bad date row is left out.
      expect(rows.map((r) => r.id)).not.toContain('C13');
    });
  });

  it('R package sample with the r-rfm preset at 2006-12-31', async () => {
    const config = rRfmPreset(defaultConfig());
    config.summary.analysisDate = '2006-12-31';
    const rows = await agreedRows(rData, config);
    expect(rows.length).toBe(995);
    // Two rows the R package prints in its README at this date.
    expect(rows.find((r) => r.id === "Abbey O'Reilly")).toMatchObject({ recencyDays: 205, frequency: 6, monetary: 472, rfm: '343' });
    expect(rows.find((r) => r.id === 'Ailene Hermann')).toMatchObject({ recencyDays: 281, frequency: 8, monetary: 699, rfm: '355' });
  });

  it('R package sample with the default settings', async () => {
    await agreedRows(rData, defaultConfig());
  });

  describe('20,000 rows of the synthetic distributor', () => {
    const file = join(dir, 'synthetic.csv');
    writeFileSync(file, [...generateTransactions({ rows: 20_000, seed: 7 })].join('\n') + '\n');
    for (const [name, patch] of [variants[0], variants[2], variants[5], variants[11], variants[16], ['ABC on profit (amount − cost)', (c: AnalysisConfig) => (c.abc.metric = 'profit')] as [string, Patch]]) {
      it(name, async () => {
        expect((await agreedRows(file, configOf(patch))).length).toBeGreaterThan(1000);
      });
    }
  });

  it('online retail (UCI), first 30,000 rows: amount = quantity × price, ids like 17850.0, cancellations, date-times', async () => {
    const source = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'online_retail.csv');
    // The head of the file is enough: 30,000 rows are about 2.7 MB.
    const head = Buffer.alloc(4 * 1024 * 1024);
    const fd = openSync(source, 'r');
    const length = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const lines = head.subarray(0, length).toString('utf8').split('\n', 30_001);
    const file = join(dir, 'retail.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    for (const patch of [() => {}, (c: AnalysisConfig) => {
      c.summary.windowDays = 30;
      c.rfm.method = 'rfm-package';
      c.abc.metric = 'quantity';
    }]) {
      expect((await agreedRows(file, configOf(patch))).length).toBe(755);
    }
  });

  describe('ties broken by customer id in the natural order of the app', () => {
    const tie = (ids: string[]) => ['order_date,customer_id,amount', ...ids.map((id) => `2024-01-01,"${id}",10`)].join('\n') + '\n';
    const cases: [string, string[]][] = [
      ['mixed text and digit runs', ['b2', 'A10', 'A2', 'a1', 'A02', 'A1x', '7', '007', 'A', 'Z-9', 'é1', '客户2', '客户10']],
      ['all numeric (compared as numbers)', ['10', '2', '1.5', '-3', '1e3', '02', '2.0']]
    ];
    for (const [name, ids] of cases) {
      it(name, async () => {
        const file = join(dir, `ties-${ids.length}.csv`);
        writeFileSync(file, tie(ids));
        const config = defaultConfig();
        const { rows } = await sqlRows(file, config);
        const engine = engineRows(file, config);
        expect(rows.map((r) => r.id)).toEqual(engine.map((r) => r.id));
        expect(differences(rows, engine)).toEqual([]);
      });
    }
  });

  it('customer table: the 长海物流 golden ABC classes (METHOD §3)', async () => {
    const config = defaultConfig();
    const { rows } = await sqlRows(changhai, config);
    expect(differences(rows, engineRows(changhai, config))).toEqual([]);
    const ids = (cls: string) => rows.filter((r) => r.abcClass === cls).map((r) => r.id);
    expect(ids('A')).toEqual(['4', '1', '2', '5']);
    expect(ids('B')).toEqual(['3', '6', '7', '8', '10']);
    expect(ids('C')).toEqual(['12', '9', '14', '11', '13']);
    expect(rows[3].cumShare).toBeCloseTo(0.795, 12);
  });

  it('rejects settings it cannot express, saying what it got', () => {
    const mapping = { shape: 'transactions' as const, columns: { customer: 'c', date: 'd', amount: 'a' } };
    const bad = (patch: Patch) => () => toDuckDbSql({ file: 'x.csv', mapping, config: configOf(patch) });
    expect(bad((c) => (c.abc.metric = 'tenure'))).toThrow(/unknown metric for SQL: tenure/);
    expect(bad((c) => (c.abc.a = 0.99))).toThrow(/A 0.99, B 0.95/);
    expect(bad((c) => {
      c.rfm.method = 'thresholds';
      c.rfm.thresholds.r = [120, 60, 30, 7];
    })).toThrow(/120, 60, 30, 7 \(expected ascending/);
    expect(bad((c) => (c.rfm.bins = 6 as 5))).toThrow(/invalid RFM levels: 6/);
    expect(() => toDuckDbSql({ file: 'x.csv', mapping: { shape: 'transactions', columns: { customer: 'c', amount: 'a' } }, config: defaultConfig() })).toThrow(/no date column/);
  });

  it('quotes file names and headers so that they cannot break the SQL', () => {
    const sql = toDuckDbSql({
      file: "it's.csv",
      mapping: { shape: 'transactions', columns: { customer: 'cu"st', date: '日期', amount: '金额' } },
      config: defaultConfig()
    });
    expect(sql).toContain("read_csv('it''s.csv'");
    expect(sql).toContain('"cu""st"');
    expect(sql).toContain('"日期"');
  });
});
