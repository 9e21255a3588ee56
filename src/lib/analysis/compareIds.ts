const numeric = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Natural, locale-independent order of customer ids: two numeric ids compare as
 * numbers; otherwise runs of digits compare by value and everything else by
 * UTF-16 code unit; full ties fall back to plain code-unit order so the order is total.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  if (isNumericId(a) && isNumericId(b)) {
    const d = Number(a) - Number(b);
    if (d !== 0) return d < 0 ? -1 : 1;
    return a < b ? -1 : 1;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ie = i;
      while (ie < a.length && isDigit(a.charCodeAt(ie))) ie++;
      let je = j;
      while (je < b.length && isDigit(b.charCodeAt(je))) je++;
      let is = i;
      while (is < ie - 1 && a.charCodeAt(is) === 48) is++;
      let js = j;
      while (js < je - 1 && b.charCodeAt(js) === 48) js++;
      const la = ie - is;
      const lb = je - js;
      if (la !== lb) return la < lb ? -1 : 1;
      for (let k = 0; k < la; k++) {
        const da = a.charCodeAt(is + k);
        const db = b.charCodeAt(js + k);
        if (da !== db) return da < db ? -1 : 1;
      }
      i = ie;
      j = je;
    } else {
      if (ca !== cb) return ca < cb ? -1 : 1;
      i++;
      j++;
    }
  }
  if (a.length - i !== b.length - j) return a.length - i < b.length - j ? -1 : 1;
  return a < b ? -1 : 1;
}

/** Whether compareIds compares this id as a number. */
export function isNumericId(id: string): boolean {
  return numeric.test(id);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
