import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rRfmPreset } from '../../src/lib/analysis/presets.ts';
import type { AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';
import { columnsOfTable } from '../../src/lib/sql/normalised.ts';
import { rawSource } from '../../src/lib/sql/rawSource.ts';
import { importBytes } from '../../src/lib/import/importText.ts';
import { variants, type Patch } from './variants.ts';
import { analyzeReport, cutDifferences, differences, duckdbRows, normaliseTo, postgresRows, reportRows } from './warehouse.ts';

// Two real engines (and large files) per test: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const here = import.meta.dirname;
const fixture = join(here, 'fixtures', 'orders.csv');
const shared = join(here, '..', '..', '..', 'shared', 'data');
const dir = mkdtempSync(join(tmpdir(), 'kefen-warehouse-'));

const configOf = (patch: Patch): AnalysisConfig => {
  const c = defaultConfig();
  patch(c);
  return c;
};

/** Normalises `file`, runs both engines and checks every customer and field, and the cut points, against `kefen analyze`. */
async function agree(file: string, config: AnalysisConfig, name: string, options: Parameters<typeof normaliseTo>[2] = {}) {
  const csv = join(dir, `${name}.csv`);
  const imported = normaliseTo(file, csv, options);
  const report = analyzeReport(file, config, options);
  const engine = reportRows(report);
  const source = { kind: 'normalised' as const, columns: columnsOfTable(imported.table), file: csv };
  const duck = await duckdbRows(source, imported.table.shape, config);
  expect(differences(duck.rows, engine), 'DuckDB').toEqual([]);
  expect(cutDifferences(duck.cuts, report), 'DuckDB cut points').toEqual([]);
  const pg = await postgresRows(csv, imported, config);
  expect(differences(pg.rows, engine), 'PostgreSQL').toEqual([]);
  expect(cutDifferences(pg.cuts, report), 'PostgreSQL cut points').toEqual([]);
  return { rows: duck.rows, report };
}

describe('warehouse SQL on DuckDB and PostgreSQL equals kefen analyze', () => {
  describe('fixture with ties, returns, same-day orders, rows without customer or id, a bad date', () => {
    for (const [name, patch] of variants) {
      it(name, async () => {
        const { rows } = await agree(fixture, configOf(patch), 'orders');
        expect(rows.length).toBe(14);
      });
    }
  });

  it('R package sample, r-rfm preset at 2006-12-31 and the defaults', async () => {
    const file = join(shared, 'rfm_data_orders.csv');
    const config = rRfmPreset(defaultConfig());
    config.summary.analysisDate = '2006-12-31';
    const { rows } = await agree(file, config, 'rfm');
    expect(rows.length).toBe(995);
    expect(rows.find((r) => r.id === "Abbey O'Reilly")).toMatchObject({ recencyDays: 205, frequency: 6, monetary: 472, rfm: '343' });
    await agree(file, configOf((c) => (c.rfm.method = 'mean')), 'rfm-mean');
  });

  describe('20,000 rows of the synthetic distributor', () => {
    const file = join(dir, 'synthetic-source.csv');
    writeFileSync(file, [...generateTransactions({ rows: 20_000, seed: 7 })].join('\n') + '\n');
    const some: [string, Patch][] = [variants[0], variants[2], variants[5], variants[7], variants[11], variants[16], ['ABC on profit (amount − cost), payment pyramid', (c) => {
      c.abc.metric = 'profit';
      c.pyramid.metric = 'payment';
    }]];
    for (const [name, patch] of some) {
      it(name, async () => {
        const { rows } = await agree(file, configOf(patch), 'synthetic');
        expect(rows.length).toBeGreaterThan(1000);
      });
    }
  });

  describe('ties broken by customer id in the natural order of the app', () => {
    const tie = (ids: string[]) => ['order_date,customer_id,amount', ...ids.map((id) => `2024-01-01,"${id}",10`)].join('\n') + '\n';
    const cases: [string, string[]][] = [
      ['mixed text and digit runs', ['b2', 'A10', 'A2', 'a1', 'A02', 'A1x', '7', '007', 'A', 'Z-9', 'é1', '客户2', '客户10', 'x 1', 'x-1', 'x~1']],
      ['all numeric (compared as numbers)', ['10', '2', '1.5', '-3', '1e3', '02', '2.0', '1000', '+4', '.5']]
    ];
    for (const [name, ids] of cases) {
      it(name, async () => {
        const file = join(dir, `ties-${ids.length}.csv`);
        writeFileSync(file, tie(ids));
        const { rows, report } = await agree(file, defaultConfig(), `ties-${ids.length}`);
        expect(rows.map((r) => r.id)).toEqual(report.customers.map((c) => c.id));
      });
    }
  });

  it('customer table: the 长海物流 golden ABC classes (METHOD §3)', async () => {
    const { rows } = await agree(join(here, '..', '..', 'public', 'samples', 'changhai.csv'), defaultConfig(), 'changhai');
    const ids = (cls: string) => rows.filter((r) => r.abcClass === cls).map((r) => r.id);
    expect(ids('A')).toEqual(['4', '1', '2', '5']);
    expect(ids('B')).toEqual(['3', '6', '7', '8', '10']);
    expect(ids('C')).toEqual(['12', '9', '14', '11', '13']);
  });
});

describe('every fixture of the repository, normalised first (GBK, 年月日, month-first, ￥, decimal comma, customer tables …)', () => {
  const root = join(here, '..');
  const files = [
    ...readdirSync(join(root, 'fixtures', 'real-world')).filter((f) => /\.(csv|txt)$/.test(f)).map((f) => join(root, 'fixtures', 'real-world', f)),
    ...['customers-zh.csv', 'orders-mixed.csv', 'orders-semicolon.csv', 'orders-utf16le.csv', 'orders-zh-gbk.csv'].map((f) => join(root, 'fixtures', f)),
    ...['changhai-gb18030.csv', 'orders-bare.csv', 'orders-full.csv'].map((f) => join(root, 'cli', 'fixtures', f)),
    ...['orders-bad.csv', 'orders-gbk.csv'].map((f) => join(root, 'browser', 'fixtures', f))
  ];
  for (const file of files) {
    const name = basename(file);
    it(name, async () => {
      await agree(file, defaultConfig(), `fixture-${name}`);
      const config = defaultConfig();
      config.summary.windowDays = 365;
      config.rfm.method = 'rfm-package';
      config.rfm.segments = 'eight';
      config.abc.rule = 'crossing';
      await agree(file, config, `fixture-${name}`);
    });
  }

  it('a decimal-comma file keeps 1.234,50 as 1234.5 and a month-first file its dates', async () => {
    const file = join(dir, 'decimal-comma.csv');
    writeFileSync(file, 'customer;date;amount\nK1;2/11/2013;"1.234,50"\nK2;2/13/2013;"99,90"\nK1;3/1/2013;"-10,00"\n');
    const csv = join(dir, 'decimal-comma-n.csv');
    normaliseTo(file, csv);
    expect(readFileSync(csv, 'utf8')).toBe('customer,date,amount,line\nK1,2013-02-11,1234.5,2\nK2,2013-02-13,99.9,3\nK1,2013-03-01,-10,4\n');
    await agree(file, defaultConfig(), 'decimal-comma');
  });
});

describe('DuckDB on a raw file that read_csv reads exactly as the importer does', () => {
  const synthetic = join(dir, 'synthetic-raw.csv');
  writeFileSync(synthetic, [...generateTransactions({ rows: 5_000, seed: 3 })].join('\n') + '\n');
  const cases: [string, string, Patch][] = [
    ['R package sample, r-rfm preset', join(shared, 'rfm_data_orders.csv'), (c) => {
      Object.assign(c, rRfmPreset(c));
      c.summary.analysisDate = '2006-12-31';
    }],
    ['synthetic distributor, window and profit', synthetic, (c) => {
      c.summary.windowDays = 90;
      c.abc.metric = 'profit';
    }],
    ['the 长海物流 customer table', join(here, '..', '..', 'public', 'samples', 'changhai.csv'), () => {}]
  ];
  for (const [name, file, patch] of cases) {
    it(name, async () => {
      const config = configOf(patch);
      const imported = importBytes(readFileSync(file));
      expect(imported.report.rowsRejected).toBe(0);
      expect(Object.keys(imported.report.coercions)).toEqual([]);
      const { rows } = await duckdbRows(rawSource(file, imported.mapping, imported.headers), imported.table.shape, config);
      expect(differences(rows, reportRows(analyzeReport(file, config)))).toEqual([]);
    });
  }
});

it('online retail (UCI), first 30,000 rows: amount = quantity × price, ids like 17850.0, cancellations, date-times', async () => {
  const source = join(shared, 'online_retail.csv');
  const head = Buffer.alloc(4 * 1024 * 1024);
  const fd = openSync(source, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const file = join(dir, 'retail.csv');
  writeFileSync(file, head.subarray(0, length).toString('utf8').split('\n', 30_001).join('\n') + '\n');
  const { rows } = await agree(file, defaultConfig(), 'retail');
  expect(rows.length).toBe(755);
  expect(rows.some((r) => r.id === '17850')).toBe(true);
  await agree(file, configOf((c) => {
    c.summary.windowDays = 30;
    c.rfm.method = 'rfm-package';
    c.abc.metric = 'quantity';
  }), 'retail');
});

it('only returns: no customer can be scored, so segments are NULL as in the app (no RFM result)', async () => {
  const file = join(dir, 'returns.csv');
  writeFileSync(file, 'customer,date,amount\nA,2024-01-05,-10\nB,2024-01-06,-5\nA,2024-02-01,-1\n');
  const { rows } = await agree(file, defaultConfig(), 'returns');
  expect(rows.map((r) => [r.id, r.segment, r.r, r.lifecycleStage])).toEqual([['B', null, null, 'lost'], ['A', null, null, 'lost']]);
});
