async function collect(readable: ReadableStream<Uint8Array>, cap: number, onOver: () => Error): Promise<Uint8Array> {
  const reader = readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw onOver();
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Compresses bytes with raw DEFLATE (CompressionStream 'deflate-raw'). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  return collect(stream.readable, Number.POSITIVE_INFINITY, () => new RangeError('unreachable'));
}

/** Thrown by `inflateRaw` when the output would exceed the cap. */
export class InflateCapError extends RangeError {
  constructor(readonly cap: number) {
    super(`decompressed size exceeds ${cap} bytes`);
  }
}

/**
 * Decompresses raw DEFLATE, stopping as soon as the output exceeds `cap` bytes
 * (so a small "zip bomb" cannot exhaust memory). Stream errors are rethrown as they come.
 */
export async function inflateRaw(bytes: Uint8Array, cap: number): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  return collect(stream.readable, cap, () => new InflateCapError(cap));
}
