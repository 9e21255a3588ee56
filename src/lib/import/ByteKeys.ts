import { grownLength } from './PackedDictionary.ts';

/** What ByteKeys.get returns for bytes it has not been given. */
export const absent = -0x80000000;

/** Keys of at most this many bytes are held as three int32 words (ids, codes, most labels), longer ones in an arena. */
const shortBytes = 12;
/** The low 0…4 bytes of a word. */
const masks = Int32Array.of(0, 0xff, 0xffff, 0xffffff, -1);

/**
 * A map from byte strings to int32 values, held in typed arrays: an open-addressing hash table of [hash, entry + 1]
 * pairs, at most half full, and per entry its key as [w0, w1, w2, length]. A key of up to 12 bytes is those words
 * (its bytes little-endian, zero after its end), read from the cell by three unaligned loads, hashed and compared as
 * integers; a longer key's bytes are in an arena, hashed by FNV-1a and compared byte by byte. The byte importer's
 * map from a cell's raw bytes to its category code and conversions, so that a cell met before costs a hash and a
 * compare, and no string. The last key found or set is compared first (exports repeat a value on consecutive rows),
 * before any hashing; a handful of keys are compared, not hashed.
 */
export class ByteKeys {
  #arena = new Uint8Array(1 << 12);
  #used = 0;
  /** Entry e's key: words and length at 4e … 4e + 3; a long key's bytes at arena[starts[e], starts[e] + length). */
  #keys = new Int32Array(4 << 8);
  #starts = new Int32Array(1 << 8);
  #values = new Int32Array(1 << 8);
  #size = 0;
  #table = new Int32Array(2 << 9);
  #last = -1;
  /** A view of the bytes last looked in (a block is looked in for each of its rows). */
  #view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  #viewOf: Uint8Array | null = null;

  get size(): number {
    return this.#size;
  }

  /** The value of bytes[s, e), or `absent`. */
  get(bytes: Uint8Array, s: number, e: number): number {
    const n = e - s;
    if (n > shortBytes) return this.#getLong(bytes, s, e);
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    if (s + shortBytes <= bytes.length) {
      if (bytes !== this.#viewOf) {
        this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
        this.#viewOf = bytes;
      }
      const view = this.#view;
      if (n > 0) w0 = view.getInt32(s, true) & masks[n < 4 ? n : 4];
      if (n > 4) w1 = view.getInt32(s + 4, true) & masks[n < 8 ? n - 4 : 4];
      if (n > 8) w2 = view.getInt32(s + 8, true) & masks[n - 8];
    } else {
      // Too near the end for whole words: byte by byte, the same words.
      for (let i = 0; i < n; i++) {
        const v = bytes[s + i] << ((i & 3) << 3);
        if (i < 4) w0 |= v;
        else if (i < 8) w1 |= v;
        else w2 |= v;
      }
    }
    const keys = this.#keys;
    const last = this.#last;
    if (last >= 0) {
      const at = 4 * last;
      if (keys[at] === w0 && keys[at + 1] === w1 && keys[at + 2] === w2 && keys[at + 3] === n) return this.#values[last];
    }
    const size = this.#size;
    if (size <= 8) {
      // A handful of keys (regions, channels): comparing them is cheaper than hashing.
      for (let entry = 0, at = 0; entry < size; entry++, at += 4) {
        if (keys[at] === w0 && keys[at + 1] === w1 && keys[at + 2] === w2 && keys[at + 3] === n) return this.#found(entry);
      }
      return absent;
    }
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    const h = wordsHash(w0, w1, w2, n);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] - 1;
      if (entry < 0) return absent;
      if (table[2 * slot] !== h) continue;
      const at = 4 * entry;
      if (keys[at] === w0 && keys[at + 1] === w1 && keys[at + 2] === w2 && keys[at + 3] === n) return this.#found(entry);
    }
  }

  /** get() of a key longer than shortBytes. */
  #getLong(bytes: Uint8Array, s: number, e: number): number {
    const n = e - s;
    const arena = this.#arena;
    const keys = this.#keys;
    const starts = this.#starts;
    const last = this.#last;
    if (last >= 0 && keys[4 * last + 3] === n) {
      const at = starts[last] - s;
      let i = s;
      while (i < e && arena[at + i] === bytes[i]) i++;
      if (i === e) return this.#values[last];
    }
    if (this.#size === 0) return absent;
    const table = this.#table;
    const mask = (table.length >> 1) - 1;
    const h = hashBytes(bytes, s, e);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] - 1;
      if (entry < 0) return absent;
      if (table[2 * slot] !== h || keys[4 * entry + 3] !== n) continue;
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
    if (entry === this.#values.length) {
      const length = grownLength(entry, entry + 1);
      const grow = (a: Int32Array, size: number) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      this.#keys = grow(this.#keys, 4 * length);
      this.#starts = grow(this.#starts, length);
      this.#values = grow(this.#values, length);
    }
    const at = 4 * entry;
    this.#keys[at + 3] = n;
    if (n <= shortBytes) {
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      for (let i = 0; i < n; i++) {
        const v = bytes[s + i] << ((i & 3) << 3);
        if (i < 4) w0 |= v;
        else if (i < 8) w1 |= v;
        else w2 |= v;
      }
      this.#keys[at] = w0;
      this.#keys[at + 1] = w1;
      this.#keys[at + 2] = w2;
    } else {
      if (this.#used + n > this.#arena.length) {
        const grown = new Uint8Array(grownLength(this.#arena.length, this.#used + n));
        grown.set(this.#arena.subarray(0, this.#used));
        this.#arena = grown;
      }
      this.#arena.set(bytes.subarray(s, e), this.#used);
      this.#starts[entry] = this.#used;
      this.#used += n;
    }
    this.#values[entry] = value;
    this.#size = entry + 1;
    this.#last = entry;
    if (4 * this.#size > this.#table.length) this.#rehash();
    else this.#place(this.#table, entry, this.#hashOf(entry));
  }

  /** The hash of entry e's key, as get computes it from the cell. */
  #hashOf(e: number): number {
    const keys = this.#keys;
    const n = keys[4 * e + 3];
    return n <= shortBytes ? wordsHash(keys[4 * e], keys[4 * e + 1], keys[4 * e + 2], n) : hashBytes(this.#arena, this.#starts[e], this.#starts[e] + n);
  }

  #place(table: Int32Array, entry: number, hash: number) {
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = hash;
    table[2 * slot + 1] = entry + 1;
  }

  /** The table twice as large, each entry's hash computed again from its key. */
  #rehash() {
    const table = new Int32Array(this.#table.length * 2);
    for (let e = 0; e < this.#size; e++) this.#place(table, e, this.#hashOf(e));
    this.#table = table;
  }
}

/** A short key's hash: its words and length mixed (multiply, xor-shift), every bit of them reaching the low bits a slot is taken from. */
function wordsHash(w0: number, w1: number, w2: number, n: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ w1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ w2, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ n, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over bytes[s, e). */
export function hashBytes(bytes: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h;
}
