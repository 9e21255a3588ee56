/**
 * Stable counting sort of `items` (indices) by `key(item)` in [0, range):
 * returns a new Int32Array; `keys` holds the key of every index that can occur in `items`.
 */
export function countingSort(items: Int32Array, keys: Int32Array, range: number): Int32Array {
  const counts = new Int32Array(range + 1);
  for (let i = 0; i < items.length; i++) counts[keys[items[i]] + 1]++;
  for (let k = 0; k < range; k++) counts[k + 1] += counts[k];
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out[counts[keys[item]]++] = item;
  }
  return out;
}
