/**
 * Cuts CSV text into blocks of about `size` characters, each ending at a line end outside quotes,
 * so that a parser never sees half a row ("" escapes keep the quote parity right).
 */
export function* splitBlocks(text: string, size = 4 * 1024 * 1024): Generator<string> {
  if (!(size > 0)) throw new RangeError(`invalid block size: ${size}`);
  let start = 0;
  let quotes = 0;
  let scanned = 0;
  while (start < text.length) {
    const target = start + size;
    if (target >= text.length) {
      yield text.slice(start);
      return;
    }
    let cut = -1;
    let i = scanned;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quotes++;
      else if (c === 10 && (quotes & 1) === 0 && i + 1 >= target) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, cut);
    start = cut;
    scanned = cut;
    quotes = 0;
  }
}
