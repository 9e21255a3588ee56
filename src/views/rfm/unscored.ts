/** Customers left out of RFM scoring: a score of 0 on any dimension (no order with a positive value). */
export function unscored(r: ArrayLike<number>, f: ArrayLike<number>, m: ArrayLike<number>): number {
  if (r.length !== f.length || r.length !== m.length) throw new RangeError(`invalid scores: lengths ${r.length}, ${f.length}, ${m.length}`);
  let n = 0;
  for (let i = 0; i < r.length; i++) if (r[i] === 0 || f[i] === 0 || m[i] === 0) n++;
  return n;
}
