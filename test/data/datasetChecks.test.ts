import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { keepSetAsideMapping, valueChecks } from '../../src/lib/data/datasetChecks.ts';
import { beginDataset, finishDataset, getDataset } from '../../src/lib/data/datasets.ts';
import type { DatasetRecord, DatasetReport } from '../../src/lib/data/db.ts';
import { storedRecord, storedReport } from './storedReport.ts';

/** A report as version 1 stored it, before the value checks existed. */
const oldReport: DatasetReport = storedReport;

const newReport: DatasetReport = {
  ...oldReport,
  rowsRead: 7,
  rowsRejected: 4,
  duplicateCustomers: 0,
  rejectedByReason: { 'reject.implausibleDate': 2, 'reject.twoDigitYear': 1, 'reject.notFinite': 1, 'reject.badDate': 0 },
  dateRange: { from: dayOfIso('1900-01-01'), to: dayOfIso('2027-12-01'), before: 1, after: 1, firstDay: dayOfIso('1850-06-01'), lastDay: dayOfIso('9999-12-31') },
  rejectedStored: 4
};

describe('valueChecks(report)', () => {
  test('an old stored report (no rejectedByReason, no dateRange) reads as nothing found', () => {
    expect(valueChecks(oldReport)).toEqual({ byReason: [], setAside: null });
    expect(valueChecks({ ...oldReport, dateRange: null })).toEqual({ byReason: [], setAside: null });
  });

  test('reasons most first, ties by key, zero counts left out; the set-aside rows with the range that keeps them', () => {
    expect(valueChecks(newReport)).toEqual({
      byReason: [['reject.implausibleDate', 2], ['reject.notFinite', 1], ['reject.twoDigitYear', 1]],
      setAside: { rows: 2, before: 1, after: 1, from: '1900-01-01', to: '2027-12-01', first: '1850-06-01', last: '9999-12-31', keepFrom: '1850-06-01', keepTo: '9999-12-31' }
    });
  });

  test('a range with nothing set aside gives no notice', () => {
    expect(valueChecks({ ...newReport, dateRange: { ...newReport.dateRange!, before: 0, after: 0, firstDay: NaN, lastDay: NaN } }).setAside).toBeNull();
  });

  test('keepSetAsideMapping widens only the date range and does not mutate the stored mapping', () => {
    const mapping = { shape: 'transactions', dayOrder: 'auto', dateFrom: '1900-01-01', dateTo: '2027-12-01', encoding: 'utf-8' };
    const kept = keepSetAsideMapping(mapping, valueChecks(newReport).setAside!);
    expect(kept).toEqual({ ...mapping, dateFrom: '1850-06-01', dateTo: '9999-12-31' });
    expect(mapping.dateTo).toBe('2027-12-01');
  });
});

describe('stored reports with and without the value checks', () => {
  const record = (id: string, report: DatasetReport) => ({ ...storedRecord(id, report, id), headers: ['customer', 'date', 'amount'], rows: 3 });

  test.each([
    ['old', oldReport],
    ['new', newReport]
  ])('a %s report survives IndexedDB and reads through valueChecks', async (id, report) => {
    await beginDataset(record(id, report));
    await finishDataset(id, {});
    const stored = await getDataset(id);
    expect(stored!.report).toEqual(report);
    expect(valueChecks(stored!.report)).toEqual(valueChecks(report));
  });
});
