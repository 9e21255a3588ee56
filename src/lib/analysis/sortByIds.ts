import { compareIds, isNumericId } from './compareIds.ts';

/**
 * Sorts `items` (indices into `ids`) in place in compareIds order of their ids, reading each
 * numeric id once instead of at every comparison; returns `items`.
 */
export function sortByIds(items: number[], ids: string[]): number[] {
  const numeric = new Uint8Array(ids.length);
  const value = new Float64Array(ids.length);
  for (const item of items) {
    if (isNumericId(ids[item])) {
      numeric[item] = 1;
      value[item] = Number(ids[item]);
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
    return compareIds(a, b);
  });
}
