import type { DatasetRecord, DatasetReport } from '../../src/lib/data/db.ts';

/** A small stored report in the shape version 1 wrote, before the value checks existed. */
export const storedReport: DatasetReport = {
  rowsRead: 3,
  rowsAccepted: 3,
  rowsRejected: 0,
  rowsWithoutCustomer: 0,
  customers: 2,
  orders: 3,
  totalAmount: 60,
  firstDay: 19000,
  lastDay: 19002,
  coercions: {},
  rejectedStored: 0
};

/** A dataset record as an import begins it: a small transactions file with the given report. */
export function storedRecord(id: string, report: DatasetReport = storedReport, name = `set ${id}`): Omit<DatasetRecord, 'status' | 'heartbeat'> {
  return {
    id,
    name,
    shape: 'transactions',
    created: Date.now(),
    source: { name: 'a.csv', size: 10, encoding: 'utf-8', delimiter: ',' },
    headers: ['c', 'd', 'a'],
    mapping: {},
    report,
    columns: [],
    rows: 0,
    bytes: 0
  };
}
