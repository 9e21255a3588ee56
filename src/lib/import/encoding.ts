/** Text encodings the importer reads (METHOD §1). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export const encodings: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

/** Whether a value names a supported encoding. */
export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (encodings as readonly string[]).includes(value);
}

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; otherwise the head
 * must be valid UTF-8 (a multi-byte sequence cut off at the very end of the head is allowed),
 * and anything else is taken as GB18030 (a superset of GBK, Excel's default on Chinese Windows).
 */
export function detectEncoding(head: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  return { encoding: isUtf8(head) ? 'utf-8' : 'gb18030', bom: false };
}

/** Whether bytes are valid UTF-8, allowing an incomplete sequence at the end. */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return false;
    let code = b & (0x3f >> need);
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) return true; // cut off by the end of the head
      const c = bytes[i + j];
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** A streaming decoder for an encoding; a leading byte-order mark is dropped. */
export function createDecoder(encoding: Encoding): TextDecoder {
  if (!isEncoding(encoding)) throw new RangeError(`invalid encoding: ${JSON.stringify(encoding)}`);
  return new TextDecoder(encoding, { ignoreBOM: false });
}
