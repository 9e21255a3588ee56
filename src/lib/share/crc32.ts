const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}

/** CRC-32 (IEEE) of a string's UTF-16 code units, as 8 lowercase hex digits. */
export function crc32(text: string): string {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    c = table[(c ^ (u & 255)) & 255] ^ (c >>> 8);
    c = table[(c ^ (u >>> 8)) & 255] ^ (c >>> 8);
  }
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
