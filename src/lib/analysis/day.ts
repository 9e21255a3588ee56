const msPerDay = 86_400_000;

/** Epoch day (days since 1970-01-01, UTC) of a calendar date. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

/** ISO `YYYY-MM-DD` of an epoch day. */
export function isoOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Epoch day of an ISO `YYYY-MM-DD` string, or NaN. */
export function dayOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const y = +m[1], mo = +m[2], d = +m[3];
  const day = dayOf(y, mo, d);
  return isoOfDay(day) === iso ? day : NaN;
}

/** Epoch day of the last day of the month containing `day`. */
export function monthEnd(day: number): number {
  const d = new Date(day * msPerDay);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 2, 1) - 1;
}
