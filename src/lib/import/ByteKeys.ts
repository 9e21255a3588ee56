import { grownLength } from './PackedDictionary.ts';

/** What ByteKeys.get returns for bytes it has not been given. */
export const absent = -0x80000000;

/**
 * A map from byte strings to int32 values, held in typed arrays: the keys' bytes in one arena, an
 * open-addressing hash table (FNV-1a over the bytes) of [hash, entry + 1] pairs, at most half full. The byte
 * importer's map from a cell's raw bytes to its category code and conversions, so that a cell met before
 * costs a hash and a compare, and no string. The last key found or set is compared first (exports repeat a
 * value on consecutive rows), before any hashing; a handful of keys are compared, not hashed.
 */
export class ByteKeys {
  #bytes = new Uint8Array(1 << 12);
  #used = 0;
  /** Where entry e's bytes start and end in the arena. */
  #starts = new Int32Array(1 << 8);
  #ends = new Int32Array(1 << 8);
  #values = new Int32Array(1 << 8);
  #size = 0;
  #table = new Int32Array(2 << 9);
  #last = -1;

  get size(): number {
    return this.#size;
  }

  /** The value of bytes[s, e), or `absent`. */
  get(bytes: Uint8Array, s: number, e: number): number {
    const n = e - s;
    const arena = this.#bytes;
    const starts = this.#starts;
    const ends = this.#ends;
    const last = this.#last;
    if (last >= 0 && ends[last] - starts[last] === n) {
      const at = starts[last] - s;
      let i = s;
      while (i < e && arena[at + i] === bytes[i]) i++;
      if (i === e) return this.#values[last];
    }
    const size = this.#size;
    if (size <= 8) {
      // A handful of keys (regions, channels): comparing them is cheaper than hashing.
      for (let entry = 0; entry < size; entry++) {
        if (ends[entry] - starts[entry] !== n || entry === last) continue;
        const at = starts[entry] - s;
        let i = s;
        while (i < e && arena[at + i] === bytes[i]) i++;
        if (i === e) return this.#found(entry);
      }
      return absent;
    }
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] - 1;
      if (entry < 0) return absent;
      if (table[2 * slot] !== h || ends[entry] - starts[entry] !== n) continue;
      const at = starts[entry] - s;
      let i = s;
      while (i < e && arena[at + i] === bytes[i]) i++;
      if (i === e) return this.#found(entry);
    }
  }

  #found(entry: number): number {
    this.#last = entry;
    return this.#values[entry];
  }

  /** Adds bytes[s, e) (not in the map: get gave `absent`) with its value. */
  set(bytes: Uint8Array, s: number, e: number, value: number): void {
    const entry = this.#size;
    const n = e - s;
    if (this.#used + n > this.#bytes.length) {
      const grown = new Uint8Array(grownLength(this.#bytes.length, this.#used + n));
      grown.set(this.#bytes.subarray(0, this.#used));
      this.#bytes = grown;
    }
    if (entry === this.#starts.length) {
      const length = grownLength(entry, entry + 1);
      const grow = (a: Int32Array) => {
        const b = new Int32Array(length);
        b.set(a);
        return b;
      };
      this.#starts = grow(this.#starts);
      this.#ends = grow(this.#ends);
      this.#values = grow(this.#values);
    }
    this.#bytes.set(bytes.subarray(s, e), this.#used);
    this.#starts[entry] = this.#used;
    this.#used += n;
    this.#ends[entry] = this.#used;
    this.#values[entry] = value;
    this.#size = entry + 1;
    this.#last = entry;
    if (4 * this.#size > this.#table.length) this.#rehash();
    else this.#place(this.#table, entry, hashBytes(bytes, s, e));
  }

  #place(table: Int32Array, entry: number, hash: number) {
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = hash;
    table[2 * slot + 1] = entry + 1;
  }

  /** The table twice as large, each entry's hash computed again from its bytes. */
  #rehash() {
    const table = new Int32Array(this.#table.length * 2);
    for (let e = 0; e < this.#size; e++) this.#place(table, e, hashBytes(this.#bytes, this.#starts[e], this.#ends[e]));
    this.#table = table;
  }
}

/** FNV-1a over bytes[s, e). */
export function hashBytes(bytes: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h;
}
