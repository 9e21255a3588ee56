import type { KeyAccountResult } from '../../lib/analysis/keyAccounts.ts';

/** One month of the key-account chart: its end date, the count meeting the standard, entries, exits, and whether its window is partial. */
export interface KeyAccountMonth {
  index: number;
  month: string;
  count: number;
  entries: number;
  exits: number;
  partial: boolean;
}

/** The months of a key-account result as rows (for the month table, the tooltip and the CSV export). */
export function keyAccountMonths(result: Pick<KeyAccountResult, 'months' | 'counts' | 'entries' | 'exits' | 'partial'>): KeyAccountMonth[] {
  const { months, counts, entries, exits, partial } = result;
  if (counts.length !== months.length || entries.length !== months.length || exits.length !== months.length)
    throw new RangeError(`key-account arrays differ in length: months ${months.length}, counts ${counts.length}, entries ${entries.length}, exits ${exits.length}`);
  return months.map((month, index) => ({
    index,
    month,
    count: counts[index],
    entries: entries[index].length,
    exits: exits[index].length,
    partial: partial?.[index] ?? false
  }));
}

/** The first `limit` customer ids of a list, and how many more there are (for a short list in the month panel). */
export function firstIds(customers: readonly number[], ids: readonly string[], limit: number): { shown: string[]; more: number } {
  if (!(limit >= 0)) throw new RangeError(`invalid limit: ${limit}`);
  const shown = customers.slice(0, limit).map((i) => ids[i] ?? String(i));
  return { shown, more: Math.max(0, customers.length - shown.length) };
}
