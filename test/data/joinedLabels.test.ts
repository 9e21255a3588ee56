import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { isJoinedLabels, joinLabels, splitLabels } from '../../src/lib/data/joinedLabels.ts';
import { beginDataset, chunkBytes, finishDataset, loadTable, writeChunks } from '../../src/lib/data/datasets.ts';
import type { DatasetRecord } from '../../src/lib/data/db.ts';
import { storedRecord } from './storedReport.ts';

// Dictionary chunks are stored joined (one string and its label ends); chunks stored as arrays stay readable.
describe('joined labels', () => {
  test('split gives back every label exactly: empty ones, Chinese, surrogate pairs, one alone, none', () => {
    const cases = [['17850', '', 'C12345', '', ''], ['北京', '上海市', '客户 A', '😀', 'a😀b', '\u0000', ' spaced '], ['only'], [''], []];
    for (const labels of cases) {
      const joined = joinLabels(labels);
      expect(isJoinedLabels(joined)).toBe(true);
      expect(joined.ends.length).toBe(labels.length);
      expect(splitLabels(joined)).toEqual(labels);
    }
  });

  test('a chunk whose ends do not fit its text is refused, not read as other labels', () => {
    expect(() => splitLabels({ joined: 'abc', ends: new Int32Array([1, 2]) })).toThrow(RangeError);
    expect(() => splitLabels({ joined: 'abc', ends: new Int32Array([2, 1, 3]) })).toThrow(RangeError);
  });

  test('counted as stored: two bytes a character and four a label end', () => {
    expect(chunkBytes(joinLabels(['ab', 'cde']))).toBe(2 * 5 + 8 + 16);
  });

  test('a dataset whose dictionary has a joined chunk and an array chunk loads the labels in order, through IndexedDB', async () => {
    const columns: DatasetRecord['columns'] = [
      { name: 'customer', kind: 'category', chunks: 1, dictChunks: 2, labels: 4 },
      { name: 'order', kind: 'category', chunks: 1, dictChunks: 1, labels: 3 }
    ];
    await beginDataset(storedRecord('j'));
    await writeChunks('j', [
      { column: 'customer', index: 0, data: new Int32Array([3, 0, 2, 1]) },
      { column: 'customer#dict', index: 0, data: joinLabels(['王五', '']) },
      { column: 'customer#dict', index: 1, data: ['C9', '😀x'] },
      { column: 'order', index: 0, data: new Int32Array([0, 1, 2, 2]) },
      { column: 'order#dict', index: 0, data: joinLabels(['536365', '536366', 'C536379']) }
    ]);
    await finishDataset('j', { columns, rows: 4 });
    const table = await loadTable('j');
    expect(table.customer.labels).toEqual(['王五', '', 'C9', '😀x']);
    expect([...table.customer.codes].map((c) => table.customer.labels[c])).toEqual(['😀x', '王五', 'C9', '']);
    expect(table.order!.labels).toEqual(['536365', '536366', 'C536379']);
  });
});
