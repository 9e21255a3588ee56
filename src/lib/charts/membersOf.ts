/** Indices i (ascending) where codes[i] === code: the customers of one class, segment, stage, tier or label. */
export function membersOf(codes: ArrayLike<number>, code: number): Int32Array {
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) n++;
  const out = new Int32Array(n);
  for (let i = 0, j = 0; i < codes.length; i++) if (codes[i] === code) out[j++] = i;
  return out;
}

/** Indices i (ascending) where every array has its code: e.g. the customers of one R × F cell. */
export function membersOfAll(pairs: readonly (readonly [ArrayLike<number>, number])[]): Int32Array {
  if (!pairs.length) throw new RangeError('invalid pairs: none given');
  const n = pairs[0][0].length;
  for (const [codes] of pairs) if (codes.length !== n) throw new RangeError(`invalid pairs: lengths ${pairs.map((p) => p[0].length).join(', ')}`);
  const out: number[] = [];
  outer: for (let i = 0; i < n; i++) {
    for (const [codes, code] of pairs) if (codes[i] !== code) continue outer;
    out.push(i);
  }
  return Int32Array.from(out);
}

/** Customers whose attribute label is `label` (summary.attributes[name]); none when the label is unknown. */
export function membersWithLabel(attribute: { codes: ArrayLike<number>; labels: readonly string[] }, label: string): Int32Array {
  const code = attribute.labels.indexOf(label);
  return code < 0 ? new Int32Array(0) : membersOf(attribute.codes, code);
}
