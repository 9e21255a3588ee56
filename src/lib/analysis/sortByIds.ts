import { compareIds, isNumericId } from './compareIds.ts';

/** An id made of a digit-free prefix and one run of up to 15 digits (exact as a number), e.g. C00015. */
const prefixedNumber = /^(\D*)(\d{1,15})$/;

/**
 * Sorts `items` (indices into `ids`) in place in compareIds order of their ids, reading each id once
 * instead of at every comparison; returns `items`. Two numeric ids compare as numbers; two ids with
 * the same prefix and one digit run compare by the run's value (what compareIds does); others by compareIds.
 */
export function sortByIds(items: number[], ids: string[]): number[] {
  const numeric = new Uint8Array(ids.length);
  const value = new Float64Array(ids.length);
  const prefix: (string | undefined)[] = new Array(ids.length);
  const run = new Float64Array(ids.length);
  for (const item of items) {
    const id = ids[item];
    if (isNumericId(id)) {
      numeric[item] = 1;
      value[item] = Number(id);
    }
    const m = prefixedNumber.exec(id);
    if (m) {
      prefix[item] = m[1];
      run[item] = Number(m[2]);
    }
  }
  return items.sort((x, y) => {
    const a = ids[x];
    const b = ids[y];
    if (a === b) return 0;
    if (numeric[x] && numeric[y]) {
      const d = value[x] - value[y];
      if (d !== 0) return d < 0 ? -1 : 1;
      return a < b ? -1 : 1;
    }
    if (prefix[x] !== undefined && prefix[x] === prefix[y]) {
      if (run[x] !== run[y]) return run[x] < run[y] ? -1 : 1;
      return a < b ? -1 : 1;
    }
    return compareIds(a, b);
  });
}
