/**
 * Where a block of CSV text may end: just after the first line end at or after `from` that lies
 * outside quotes, given the number of quotes in text[start, from). Returns the cut (index after
 * the line end) and the quote count up to it, or cut −1 when no such line end exists.
 * Quotes and line ends are found with indexOf, so long unquoted stretches cost little.
 */
export function nextCut(text: string, start: number, from: number): number {
  let quotes = 0;
  for (let q = text.indexOf('"', start); q !== -1 && q < from; q = text.indexOf('"', q + 1)) quotes++;
  let at = from;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return -1;
    for (let q = text.indexOf('"', at); q !== -1 && q < nl; q = text.indexOf('"', q + 1)) quotes++;
    if ((quotes & 1) === 0) return nl + 1;
    at = nl + 1;
  }
}

/**
 * Cuts CSV text into blocks of about `size` characters, each ending at a line end outside quotes,
 * so that a parser never sees half a row ("" escapes keep the quote parity right).
 */
export function* splitBlocks(text: string, size = 4 * 1024 * 1024): Generator<string> {
  if (!(size > 0)) throw new RangeError(`invalid block size: ${size}`);
  let start = 0;
  while (start < text.length) {
    const target = start + size;
    if (target >= text.length) {
      yield text.slice(start);
      return;
    }
    // The line end must be at or after target - 1 (so the block holds at least `size` characters).
    const cut = nextCut(text, start, target - 1);
    if (cut < 0) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, cut);
    start = cut;
  }
}
