import { isoOfDay } from '../analysis/day.ts';
import type { DatasetReport } from './db.ts';

/** Rows set aside for a date outside the plausible range, and the range (ISO) that would keep them all. */
export interface SetAside {
  rows: number;
  before: number;
  after: number;
  from: string;
  to: string;
  first: string;
  last: string;
  keepFrom: string;
  keepTo: string;
}

/**
 * The value checks of a stored report, with the fields older records lack read as "nothing found":
 * rejected rows by reason (most first, ties by key) and the rows set aside by the date range.
 */
export function valueChecks(report: DatasetReport): { byReason: [reason: string, rows: number][]; setAside: SetAside | null } {
  const byReason = Object.entries(report.rejectedByReason ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const range = report.dateRange;
  const rows = range ? range.before + range.after : 0;
  if (!range || rows === 0) return { byReason, setAside: null };
  const setAside: SetAside = {
    rows,
    before: range.before,
    after: range.after,
    from: isoOfDay(range.from),
    to: isoOfDay(range.to),
    first: isoOfDay(range.firstDay),
    last: isoOfDay(range.lastDay),
    keepFrom: isoOfDay(Math.min(range.from, range.firstDay)),
    keepTo: isoOfDay(Math.max(range.to, range.lastDay))
  };
  return { byReason, setAside };
}

/** The stored mapping with its date range widened to keep the set-aside rows (the mapping is otherwise unchanged). */
export function keepSetAsideMapping(mapping: unknown, setAside: SetAside): Record<string, unknown> {
  return { ...(mapping as Record<string, unknown>), dateFrom: setAside.keepFrom, dateTo: setAside.keepTo };
}
