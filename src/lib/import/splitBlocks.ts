/**
 * Cuts CSV text into blocks of about `size` characters, each ending at a line end outside quotes,
 * so that a parser never sees half a row ("" escapes keep the quote parity right). Quotes and
 * line ends are found with indexOf and a cursor that only moves forward, so the cost is linear
 * and small when quotes are rare.
 */
export function* splitBlocks(text: string, size = 4 * 1024 * 1024): Generator<string> {
  if (!(size > 0)) throw new RangeError(`invalid block size: ${size}`);
  const n = text.length;
  const nextQuote = (from: number) => {
    const q = text.indexOf('"', from);
    return q === -1 ? Infinity : q;
  };
  let quote = nextQuote(0);
  let start = 0;
  while (start < n) {
    const target = start + size;
    if (target >= n) {
      yield text.slice(start);
      return;
    }
    // The block ends at the first line end at or after target − 1 with an even number of quotes before it.
    let odd = false;
    let at = target - 1;
    while (quote < at) {
      odd = !odd;
      quote = nextQuote(quote + 1);
    }
    let cut = -1;
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl === -1) break;
      while (quote < nl) {
        odd = !odd;
        quote = nextQuote(quote + 1);
      }
      if (!odd) {
        cut = nl + 1;
        break;
      }
      at = nl + 1;
    }
    if (cut < 0) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, cut);
    start = cut;
  }
}
