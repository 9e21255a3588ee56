/**
 * What a click on the stage mix at month `column` can list: the exact customers when that month end is the
 * snapshot (the result has per-customer stages only there), otherwise the snapshot's customers of the
 * stage, flagged so the view says so.
 */
export function mixDrill(months: readonly string[], column: number, snapshotIso: string): { exact: boolean; month: string } {
  if (!(column >= 0 && column < months.length)) throw new RangeError(`invalid month column: ${column} of ${months.length}`);
  return { exact: months[column] === snapshotIso, month: months[column] };
}
