import type { DatasetRecord } from '../data/db.ts';
import type { SourceFacts } from './shareState.ts';

/** The facts that identify a dataset's source when a link carries its settings only. */
export function sourceOf(record: Pick<DatasetRecord, 'source' | 'rows' | 'report'>): SourceFacts {
  return { file: record.source.name, rows: record.rows, customers: record.report.customers, totalAmount: record.report.totalAmount };
}

/** Whether a stored dataset is the one a settings-only link was made from: same rows, customers and total amount (to the cent). */
export function matchesSource(record: Pick<DatasetRecord, 'source' | 'rows' | 'report'>, facts: SourceFacts): boolean {
  const mine = sourceOf(record);
  return mine.rows === facts.rows && mine.customers === facts.customers && Math.abs(mine.totalAmount - facts.totalAmount) < 0.005;
}
