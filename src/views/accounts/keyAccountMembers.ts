import type { KeyAccountResult } from '../../lib/analysis/keyAccounts.ts';

/**
 * The key accounts at month `month`, replayed from the entries and exits up
 * to that month (entries of the first month are the first members), in
 * ascending customer index.
 */
export function keyAccountMembers(result: Pick<KeyAccountResult, 'months' | 'entries' | 'exits'>, month: number): Int32Array {
  if (!Number.isInteger(month) || month < 0 || month >= result.months.length) throw new RangeError(`invalid month index: ${month} (months: ${result.months.length})`);
  const members = new Set<number>();
  for (let m = 0; m <= month; m++) {
    for (const i of result.exits[m] ?? []) members.delete(i);
    for (const i of result.entries[m] ?? []) members.add(i);
  }
  return Int32Array.from(members).sort();
}
