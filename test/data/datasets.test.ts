import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { db, openDb } from '../../src/lib/data/db.ts';
import {
  assemble,
  beginDataset,
  deleteDataset,
  finishDataset,
  getDataset,
  listDatasets,
  listIssues,
  loadTable,
  exportOnlyColumns,
  analysisColumns,
  importLockName,
  removeOrphans,
  removeUnfinished,
  renameDataset,
  keptResults,
  storedResult,
  storeResult,
  storeTable,
  writeChunks,
  writeIssues
} from '../../src/lib/data/datasets.ts';
import type { DatasetRecord } from '../../src/lib/data/db.ts';
import { storedRecord, storedReport } from './storedReport.ts';

const report = storedReport;

const columns: DatasetRecord['columns'] = [
  { name: 'customer', kind: 'category', chunks: 2, dictChunks: 1 },
  { name: 'date', kind: 'int32', chunks: 2 },
  { name: 'amount', kind: 'float64', chunks: 2 },
  { name: 'c:channel', kind: 'category', chunks: 2, dictChunks: 1 },
  { name: 'n:potential', kind: 'float64', chunks: 2 }
];

const base = (id: string) => storedRecord(id);

async function importTwoChunks(id: string) {
  await beginDataset(base(id));
  await writeChunks(id, [
    { column: 'customer', index: 0, data: new Int32Array([0, 1]) },
    { column: 'date', index: 0, data: new Int32Array([19000, 19001]) },
    { column: 'amount', index: 0, data: new Float64Array([10, 20]) },
    { column: 'c:channel', index: 0, data: new Int32Array([0, -1]) },
    { column: 'n:potential', index: 0, data: new Float64Array([1, NaN]) }
  ]);
  await writeChunks(id, [
    { column: 'customer', index: 1, data: new Int32Array([0]) },
    { column: 'date', index: 1, data: new Int32Array([19002]) },
    { column: 'amount', index: 1, data: new Float64Array([30]) },
    { column: 'c:channel', index: 1, data: new Int32Array([0]) },
    { column: 'n:potential', index: 1, data: new Float64Array([3]) },
    { column: 'customer#dict', index: 0, data: ['A', 'B'] },
    { column: 'c:channel#dict', index: 0, data: ['web'] }
  ]);
}

beforeEach(async () => {
  await db().delete();
  await db().open();
});

describe('datasets', () => {
  test('an import is invisible until finished, then loads back as a Table', async () => {
    await importTwoChunks('x');
    expect(await listDatasets()).toEqual([]);
    expect(await getDataset('x')).toBeUndefined();
    await finishDataset('x', { columns, rows: 3 });
    expect((await listDatasets()).map((d) => d.id)).toEqual(['x']);
    const table = await loadTable('x');
    expect(table.length).toBe(3);
    expect([...table.customer.codes]).toEqual([0, 1, 0]);
    expect(table.customer.labels).toEqual(['A', 'B']);
    expect([...table.date!]).toEqual([19000, 19001, 19002]);
    expect([...table.amount!]).toEqual([10, 20, 30]);
    expect(table.categories.channel.labels).toEqual(['web']);
    expect([...table.categories.channel.codes]).toEqual([0, -1, 0]);
    expect(table.numbers.potential[1]).toBeNaN();
  });

  test('removeUnfinished() without Web Locks deletes stale importing leftovers and keeps fresh ones', async () => {
    await importTwoChunks('stale');
    await importTwoChunks('fresh');
    await db().datasets.update('stale', { heartbeat: Date.now() - 120_000 });
    expect(await removeUnfinished({ locks: null, staleMs: 30_000 })).toBe(1);
    expect(await db().chunks.where('datasetId').equals('stale').count()).toBe(0);
    expect(await db().chunks.where('datasetId').equals('fresh').count()).toBeGreaterThan(0);
  });

  test('removeUnfinished({ locks }) deletes every import whose lock is free at once, whatever its heartbeat, with its chunks and issues', async () => {
    await importTwoChunks('dead');
    await writeIssues('dead', [{ line: 2, column: 'date', reason: 'reject.badDate', raw: 'x' }]);
    await importTwoChunks('live');
    await importTwoChunks('done');
    await finishDataset('done', { columns, rows: 3 });
    const locks = { query: async () => ({ held: [{ name: importLockName('live'), mode: 'exclusive' as const }], pending: [] }) };
    expect(await removeUnfinished({ locks })).toBe(1);
    expect(await db().datasets.get('dead')).toBeUndefined();
    expect(await db().chunks.where('datasetId').equals('dead').count()).toBe(0);
    expect(await db().issues.where('datasetId').equals('dead').count()).toBe(0);
    expect((await db().datasets.get('live'))?.status).toBe('importing');
    expect(await db().chunks.where('datasetId').equals('live').count()).toBe(12);
    expect((await getDataset('done'))?.status).toBe('ready');
  });

  test('removeUnfinished({ locks }) keeps an import that finished between the read and the lock query', async () => {
    await importTwoChunks('x');
    const locks = {
      query: async () => {
        await finishDataset('x', { columns, rows: 3 });
        return { held: [], pending: [] };
      }
    };
    expect(await removeUnfinished({ locks })).toBe(0);
    expect((await getDataset('x'))?.rows).toBe(3);
  });

  test('writeChunks(id, chunks) writes the chunks table only: the dataset list is not touched', async () => {
    await beginDataset(base('x'));
    const before = await db().datasets.get('x');
    await writeChunks('x', [{ column: 'date', index: 0, data: new Int32Array([1]) }]);
    expect(await db().datasets.get('x')).toEqual(before);
  });

  test('removeOrphans() deletes chunks and issues of no dataset record and keeps the rest', async () => {
    await importTwoChunks('kept');
    await finishDataset('kept', { columns, rows: 3 });
    await db().chunks.bulkPut([{ datasetId: 'gone', column: 'date', index: 0, data: new Int32Array([1]) }]);
    await db().issues.add({ datasetId: 'gone', line: 3, column: 'date', reason: 'reject.badDate', raw: '' });
    expect(await removeOrphans()).toBe(1);
    expect(await db().chunks.where('datasetId').equals('gone').count()).toBe(0);
    expect(await db().issues.count()).toBe(0);
    expect(await db().chunks.where('datasetId').equals('kept').count()).toBe(12);
  });

  test('listDatasets() removes dead imports before listing', async () => {
    await importTwoChunks('stale');
    await db().datasets.update('stale', { heartbeat: 0 });
    expect(await listDatasets()).toEqual([]);
    expect(await db().chunks.count()).toBe(0);
  });

  test('deleteDataset removes chunks, issues and settings', async () => {
    await importTwoChunks('x');
    await writeIssues('x', [{ line: 5, column: 'date', reason: 'reject.badDate', raw: 'yesterday' }]);
    await db().settings.put({ key: 'config:x', value: { abc: {} } });
    await finishDataset('x', { columns, rows: 3 });
    expect(await listIssues('x')).toHaveLength(1);
    await deleteDataset('x');
    expect(await db().datasets.count()).toBe(0);
    expect(await db().chunks.count()).toBe(0);
    expect(await db().issues.count()).toBe(0);
    expect(await db().settings.get('config:x')).toBeUndefined();
  });

  test('results are kept per dataset and key: the newest keptResults, written once per key, gone with the dataset', async () => {
    await importTwoChunks('x');
    // Not kept for a dataset that is not ready (an import still running, or one deleted meanwhile).
    await storeResult('x', 'k0', () => ({ n: 0 }));
    expect(await storedResult('x', 'k0')).toBeUndefined();
    await finishDataset('x', { columns, rows: 3 });
    let writes = 0;
    const result = (n: number) => () => (writes++, { n, values: new Float64Array([n, NaN]) });
    for (let n = 0; n < keptResults; n++) await storeResult('x', `k${n}`, result(n));
    expect(writes).toBe(keptResults);
    expect(await storedResult('x', 'k1')).toEqual({ n: 1, values: new Float64Array([1, NaN]) });
    expect(await storedResult('x', 'other')).toBeUndefined();
    // k0 again: not written, only made the newest; so the next key drops k1, the oldest, not k0.
    await storeResult('x', 'k0', result(99));
    expect(writes).toBe(keptResults);
    await storeResult('x', 'new', result(7));
    expect(await storedResult('x', 'k0')).toEqual({ n: 0, values: new Float64Array([0, NaN]) });
    expect(await storedResult('x', 'k1')).toBeUndefined();
    expect(await storedResult('x', 'new')).toMatchObject({ n: 7 });
    expect(await db().settings.where('key').startsWith('result:x:').count()).toBe(keptResults);
    // No room shown on the disk: nothing written, and the room is not asked for a result kept already.
    let asked = 0;
    const noRoom = async () => (asked++, false);
    await storeResult('x', 'full', result(8), noRoom);
    expect(await storedResult('x', 'full')).toBeUndefined();
    await storeResult('x', 'new', result(9), noRoom);
    expect(asked).toBe(1);
    expect(await storedResult('x', 'new')).toMatchObject({ n: 7 });
    await deleteDataset('x');
    expect(await db().settings.count()).toBe(0);
  });

  test('renameDataset trims and rejects an empty name', async () => {
    await importTwoChunks('x');
    await finishDataset('x', { columns, rows: 3 });
    await renameDataset('x', '  Q3 orders ');
    expect((await getDataset('x'))?.name).toBe('Q3 orders');
    await expect(renameDataset('x', '   ')).rejects.toThrow(RangeError);
  });

  test('renameDataset: a typed name replaces a generated one, and is marked typed (label null)', async () => {
    await beginDataset({ ...base('x'), name: '示例分销商', label: { key: 'sample.synthetic.name' } });
    await finishDataset('x', { columns, rows: 3 });
    expect((await getDataset('x'))?.label).toEqual({ key: 'sample.synthetic.name' });
    await renameDataset('x', 'Our distributors');
    const renamed = await getDataset('x');
    expect(renamed?.name).toBe('Our distributors');
    expect(renamed?.label).toBeNull();
  });

  test('finishDataset fails when the dataset vanished (deleted mid-import)', async () => {
    await importTwoChunks('x');
    await deleteDataset('x');
    await expect(finishDataset('x', { columns, rows: 3 })).rejects.toThrow(/vanished/);
  });

  test('assemble(record, chunks) concatenates chunks in index order', () => {
    const byColumn = new Map<string, (Int32Array | Float64Array | string[])[]>([
      ['amount', [new Float64Array([1]), new Float64Array([2, 3])]],
      ['customer', [new Int32Array([0, 0, 0])]],
      ['customer#dict', [['a'], ['b']]]
    ]);
    const table = assemble({ shape: 'customers', rows: 3, columns: [{ name: 'amount', kind: 'float64', chunks: 2 }, { name: 'customer', kind: 'category', chunks: 1, dictChunks: 2 }] }, byColumn);
    expect([...table.amount!]).toEqual([1, 2, 3]);
    expect(table.customer.labels).toEqual(['a', 'b']);
  });
});

describe('openDb', () => {
  test('declares version 1 with the four tables', async () => {
    const d = openDb('kefen-schema-test');
    await d.open();
    expect(d.verno).toBe(1);
    expect(d.tables.map((t) => t.name).sort()).toEqual(['chunks', 'datasets', 'issues', 'settings']);
    d.close();
    await d.delete();
  });
});

describe('storeTable', () => {
  test('storeTable(record, table) round-trips through loadTable', async () => {
    const table = {
      shape: 'customers' as const,
      length: 2,
      customer: { codes: new Int32Array([0, 1]), labels: ['c1', 'c2'] },
      amount: new Float64Array([5, 7]),
      numbers: { potential: new Float64Array([1, 2]) },
      categories: { 类型: { codes: new Int32Array([0, 0]), labels: ['经济型'] } }
    };
    const { columns: _c, rows: _r, bytes: _b, ...rest } = { ...base('s'), shape: 'customers' as const };
    await storeTable(rest, table);
    const back = await loadTable('s');
    expect(back.customer).toEqual(table.customer);
    expect([...back.amount!]).toEqual([5, 7]);
    expect([...back.numbers.potential]).toEqual([1, 2]);
    expect(back.categories['类型'].labels).toEqual(['经济型']);
    expect((await getDataset('s'))?.bytes).toBeGreaterThan(0);
  });

  test('loadTable without the export-only columns reads the others exactly and leaves those out', async () => {
    const table = {
      shape: 'transactions' as const,
      length: 3,
      customer: { codes: new Int32Array([0, 1, 0]), labels: ['c1', 'c2'] },
      date: new Int32Array([19000, 19001, 19002]),
      amount: new Float64Array([5, 7, 9]),
      line: new Int32Array([2, 3, 5]),
      numbers: {},
      categories: { region: { codes: new Int32Array([0, -1, 0]), labels: ['华东'] } }
    };
    const { columns: _c, rows: _r, bytes: _b, ...rest } = { ...base('t'), shape: 'transactions' as const };
    await storeTable(rest, table);
    const all = await loadTable('t');
    expect([...all.line!]).toEqual([2, 3, 5]);
    const analysed = await loadTable('t', { without: exportOnlyColumns });
    expect(analysed.line).toBeUndefined();
    const { line: _line, ...others } = all;
    expect(analysed).toEqual(others);
  });

  test('loadTable for the analyses gives the order ids as holes of the right length, everything else as stored', async () => {
    const table = {
      shape: 'transactions' as const,
      length: 4,
      customer: { codes: new Int32Array([0, 1, 0, 1]), labels: ['c1', 'c2'] },
      order: { codes: new Int32Array([0, 1, 2, 1]), labels: ['SO-1', 'SO-2', 'SO-3'] },
      date: new Int32Array([19000, 19001, 19002, 19003]),
      amount: new Float64Array([5, 7, 9, 1]),
      line: new Int32Array([2, 3, 4, 5]),
      numbers: {},
      categories: {}
    };
    const { columns: _c, rows: _r, bytes: _b, ...rest } = { ...base('o'), shape: 'transactions' as const };
    await storeTable(rest, table);
    const analysed = await loadTable('o', analysisColumns);
    expect(analysed.order!.labels.length).toBe(3);
    expect(Object.keys(analysed.order!.labels)).toEqual([]);
    expect([...analysed.order!.codes]).toEqual([0, 1, 2, 1]);
    const { line: _line, order: _order, ...others } = await loadTable('o');
    const { order: _o, ...analysedOthers } = analysed;
    expect(analysedOthers).toEqual(others);
    // a dataset stored before the number of labels was kept: its labels are read
    const record = (await getDataset('o'))!;
    await db().datasets.put({ ...record, columns: record.columns.map(({ labels: _l, ...c }) => c) });
    expect((await loadTable('o', analysisColumns)).order!.labels).toEqual(['SO-1', 'SO-2', 'SO-3']);
  });
});
