import { describe, expect, it } from 'vitest';
import { scanSlice } from '../../src/lib/import/fileBlocks.ts';

/** scanSlice as it reads: one loop over every byte. */
function reference(b: Uint8Array, last: boolean) {
  let quotes = 0, safe = 0, quotesAtSafe = 0, loneAt = -1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 34) quotes++;
    else if (c === 10 && quotes % 2 === 0) {
      safe = i + 1;
      quotesAtSafe = quotes;
    } else if (c === 13 && loneAt < 0 && b[i + 1] !== 10) loneAt = i;
  }
  const cut = last ? b.length : safe;
  return { cut, quotes: last ? quotes : quotesAtSafe, loneCr: loneAt >= 0 && loneAt < cut };
}

/** A pseudo-random generator (LCG), so that a failing case can be run again. */
function generator(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('scanSlice', () => {
  // Bytes that are one of the three, bytes one bit away from them (0x0b, 0x23, 0x8d …) and bytes a word test could
  // confuse with them (0xa2 = 0x22 | 0x80, 0x00, 0xff), in runs long enough to hold whole words without any of the three.
  const alphabet = [34, 10, 13, 0x0b, 0x0c, 0x0e, 0x09, 0x23, 0x21, 0x20, 0x2a, 0x8a, 0x8d, 0xa2, 0x00, 0xff, 0x01, 97, 44, 48];
  it('finds the cut, the quotes and a lone CR as a loop over every byte, at every alignment and density', () => {
    const random = generator(7);
    for (let round = 0; round < 3000; round++) {
      const length = Math.floor(random() * 200);
      const bytes = new Uint8Array(length + 8);
      const rare = random() < 0.5; // most words hold none of the three, or many do
      for (let i = 0; i < bytes.length; i++) bytes[i] = rare && random() < 0.9 ? 97 + Math.floor(random() * 20) : alphabet[Math.floor(random() * alphabet.length)];
      const offset = Math.floor(random() * 8);
      const slice = bytes.subarray(offset, offset + length);
      for (const last of [false, true]) {
        const got = scanSlice(slice, last);
        expect({ cut: got.cut, quotes: got.quotes, loneCr: got.loneCr }, `round ${round}, offset ${offset}, last ${last}`).toEqual(reference(slice, last));
        expect(got.bytes.length).toBe(got.cut);
      }
    }
  });

  it('sees a quote, LF or CR in any byte of a word', () => {
    for (const c of [34, 10, 13]) {
      for (let at = 0; at < 16; at++) {
        const bytes = new Uint8Array(16).fill(97);
        bytes[at] = c;
        if (c === 10) bytes[15] = 97;
        expect(scanSlice(bytes, true), `byte ${c} at ${at}`).toMatchObject(reference(bytes, true));
        expect(scanSlice(bytes, false), `byte ${c} at ${at}`).toMatchObject(reference(bytes, false));
      }
    }
  });
});
