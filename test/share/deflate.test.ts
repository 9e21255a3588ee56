import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deflateRaw, InflateCapError, inflatePiece, inflateRaw, type InflateStats } from '../../src/lib/share/deflate.ts';

const MiB = 1024 * 1024;

describe('inflateRaw(bytes, cap): a stream with a byte cap', () => {
  // 150 MiB of zeros compress to about 150 KB: under the character cap of links, 18 times over the byte cap.
  const bomb = new Uint8Array(deflateRawSync(Buffer.alloc(150 * MiB), { level: 9 }));

  test('the bomb is small', () => {
    expect(bomb.byteLength).toBeLessThan(200_000);
  });

  test('a deflate bomb is refused as soon as the output passes the cap, long before it is inflated', async () => {
    const stats: InflateStats = { fedBytes: 0, producedBytes: 0 };
    const cap = 8 * MiB;
    await expect(inflateRaw(bomb, cap, stats)).rejects.toBeInstanceOf(InflateCapError);
    // At most one piece's worth of output (DEFLATE expands a piece at most ~1,032 times) past the cap.
    expect(stats.producedBytes).toBeGreaterThan(cap);
    expect(stats.producedBytes).toBeLessThanOrEqual(cap + 1100 * inflatePiece);
    expect(stats.producedBytes).toBeLessThan(150 * MiB);
  });

  test('the cap counts bytes, not characters: 3-byte characters reach it at a third of the characters', async () => {
    const text = '客'.repeat(1000); // 3,000 bytes of UTF-8
    const packed = await deflateRaw(new TextEncoder().encode(text));
    await expect(inflateRaw(packed, 2999)).rejects.toBeInstanceOf(InflateCapError);
    expect(new TextDecoder().decode(await inflateRaw(packed, 3000))).toBe(text);
  });

  test('content under the cap comes back whole, in more than one piece', async () => {
    // Pseudo-random bytes (a linear congruential sequence) hardly compress: many pieces of input.
    let seed = 12345;
    const bytes = new Uint8Array(60_000).map(() => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24);
    const packed = await deflateRaw(bytes);
    expect(packed.byteLength).toBeGreaterThan(50 * inflatePiece);
    const stats: InflateStats = { fedBytes: 0, producedBytes: 0 };
    const out = await inflateRaw(packed, bytes.byteLength, stats);
    expect(Buffer.compare(Buffer.from(out), Buffer.from(bytes))).toBe(0);
    expect(stats).toEqual({ fedBytes: packed.byteLength, producedBytes: bytes.byteLength });
  });

  test('damaged and cut input fail as a stream error', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('hello '.repeat(100)));
    await expect(inflateRaw(packed.slice(0, packed.byteLength - 3), MiB)).rejects.toThrow();
    await expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), MiB)).rejects.toThrow();
  });
});
