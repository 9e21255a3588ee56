/**
 * A size in bytes as people read it, in the unit that suits it: 512 B, 7.4 KB, 48 KB, 12.1 MB,
 * 205 MB, 2.05 GB (units of 1024; never "0 KB" for a small file). `num` formats the number for the
 * language at hand (digits after the point).
 */
export function byteSize(bytes: number, num: (value: number, digits: number) => string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${num(bytes, 0)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // About three significant digits (two decimals only for GB and up, where one would hide hundreds of MB).
  const digitsFor = (v: number, u: number) => (v < 10 ? (u >= 2 ? 2 : 1) : v < 100 ? 1 : 0);
  if (Number(value.toFixed(digitsFor(value, unit))) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${num(value, digitsFor(value, unit))} ${units[unit]}`;
}
