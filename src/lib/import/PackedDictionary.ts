/**
 * A set of strings numbered in the order they were added, held in typed arrays instead of JS strings and a Map:
 * the characters in one arena (a byte each while every character is below U+0100, two bytes from the first one
 * that is not), an open-addressing hash table of entry numbers. A dictionary of millions of order ids so costs
 * about a byte per character and 12–20 bytes per entry, against 50–70 bytes per entry for the strings, the Map
 * and the label array; and, being a few large buffers, it is freed at once when dropped. It gives no strings
 * back: it is for a column whose labels are not needed, only its codes and their number.
 */
export class PackedDictionary {
  #chars: Uint8Array | Uint16Array = new Uint8Array(1 << 16);
  #used = 0;
  /** Where entry e's characters start; entry e ends where e + 1 starts (the last one at #used). */
  #starts = new Int32Array(1 << 12);
  #size = 0;
  /** Entry + 1 per slot, 0 for an empty one; a power of two in size, at most two thirds full. */
  #table = new Int32Array(1 << 13);

  get size(): number {
    return this.#size;
  }

  /** The number of `text` (a new number, the size so far, for a string not met before). */
  intern(text: string): number {
    const n = text.length;
    const table = this.#table;
    const mask = table.length - 1;
    const chars = this.#chars;
    const starts = this.#starts;
    const last = this.#size - 1;
    for (let slot = hashOf(text) & mask, e = table[slot] - 1; ; slot = (slot + 1) & mask, e = table[slot] - 1) {
      if (e < 0) return this.#add(text, slot);
      const start = starts[e];
      if ((e < last ? starts[e + 1] : this.#used) - start !== n) continue;
      let i = 0;
      while (i < n && chars[start + i] === text.charCodeAt(i)) i++;
      if (i === n) return e;
    }
  }

  #add(text: string, slot: number): number {
    const e = this.#size;
    const n = text.length;
    let wide = this.#chars instanceof Uint16Array;
    if (!wide) {
      for (let i = 0; i < n; i++) if (text.charCodeAt(i) > 0xff) wide = true;
      if (wide) this.#chars = Uint16Array.from(this.#chars);
    }
    if (this.#used + n > this.#chars.length) {
      const b = wide ? new Uint16Array(grownLength(this.#chars.length, this.#used + n)) : new Uint8Array(grownLength(this.#chars.length, this.#used + n));
      b.set(this.#chars.subarray(0, this.#used));
      this.#chars = b;
    }
    if (e === this.#starts.length) {
      const b = new Int32Array(grownLength(e, e + 1));
      b.set(this.#starts);
      this.#starts = b;
    }
    const chars = this.#chars;
    for (let i = 0; i < n; i++) chars[this.#used + i] = text.charCodeAt(i);
    this.#starts[e] = this.#used;
    this.#used += n;
    this.#size = e + 1;
    this.#table[slot] = e + 1;
    if (3 * this.#size > 2 * this.#table.length) this.#rehash();
    return e;
  }

  /** The table twice as large, each entry's hash computed again from its characters. */
  #rehash() {
    const table = new Int32Array(this.#table.length * 2);
    const mask = table.length - 1;
    const chars = this.#chars;
    for (let e = 0; e < this.#size; e++) {
      const end = e + 1 < this.#size ? this.#starts[e + 1] : this.#used;
      let h = 0x811c9dc5;
      for (let i = this.#starts[e]; i < end; i++) h = Math.imul(h ^ chars[i], 0x01000193);
      let slot = h & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = e + 1;
    }
    this.#table = table;
  }
}

/** FNV-1a over the UTF-16 code units (as #rehash computes it over the arena). */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Half as large again, or `need` if that is more. */
export function grownLength(length: number, need: number): number {
  return Math.max(need, Math.ceil(length * 1.5));
}
