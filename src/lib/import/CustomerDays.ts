/**
 * Distinct (customer, day) pairs: the orders of transactions without an order id (METHOD §2).
 * TableBuilder counts them row by row, PartsMerger over the merged codes of a file read in parts.
 */
export class CustomerDays {
  #keys = new Float64Array(1024);
  #n = 0;
  /** One row's pair (customer −1: no customer). */
  addOne(customer: number, day: number) {
    if (this.#n === this.#keys.length) {
      const grown = new Float64Array(this.#keys.length * 2);
      grown.set(this.#keys);
      this.#keys = grown;
    }
    this.#keys[this.#n++] = (customer + 1) * 8_388_608 + (day + 4_194_304);
  }

  /** The pairs of a chunk's rows. */
  add(customers: Int32Array, days: Int32Array) {
    if (this.#n + customers.length > this.#keys.length) {
      const grown = new Float64Array(Math.max(this.#n + customers.length, this.#keys.length * 2));
      grown.set(this.#keys.subarray(0, this.#n));
      this.#keys = grown;
    }
    for (let i = 0; i < customers.length; i++) this.#keys[this.#n++] = (customers[i] + 1) * 8_388_608 + (days[i] + 4_194_304);
  }
  count(): number {
    const keys = this.#keys.subarray(0, this.#n).sort();
    let n = 0;
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) n++;
    return n;
  }
}

