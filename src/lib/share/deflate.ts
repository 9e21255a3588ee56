/** Reads a stream to its end into one array; `onOver` is thrown (and the stream cancelled) once more than `cap` bytes came. */
async function collect(readable: ReadableStream<Uint8Array>, cap: number, onOver: () => Error): Promise<Uint8Array> {
  const reader = readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
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
    at += p.byteLength;
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
 * Compressed bytes fed to the decompressor at a time. DEFLATE expands at most about 1,032 times, so one piece
 * yields at most about 1 MiB: with the pieces pulled only as the output is read, memory stays near the cap
 * whatever the input (a "deflate bomb" of 150 MiB of zeros is about 150 KB).
 */
export const inflatePiece = 1024;

/** What `inflateRaw` consumed and produced (for tests and measurements). */
export interface InflateStats {
  /** Compressed bytes handed to the decompressor. */
  fedBytes: number;
  /** Decompressed bytes that came out (counted even past the cap, up to where it stopped). */
  producedBytes: number;
}

/**
 * Decompresses raw DEFLATE as a stream with a byte cap: the input is piped in pieces of `inflatePiece` bytes,
 * pulled only as the output is read, and the pipe is aborted as soon as the output passes `cap` bytes — so a
 * small "zip bomb" cannot exhaust memory. Stream errors are rethrown as they come.
 */
export async function inflateRaw(bytes: Uint8Array, cap: number, stats?: InflateStats): Promise<Uint8Array> {
  let at = 0;
  const input = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.byteLength) {
          controller.close();
          return;
        }
        const piece = bytes.slice(at, at + inflatePiece);
        at += piece.byteLength;
        if (stats) stats.fedBytes += piece.byteLength;
        controller.enqueue(piece);
      }
    },
    { highWaterMark: 0 }
  );
  const abort = new AbortController();
  const output = input.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>, { signal: abort.signal });
  const counted = stats
    ? output.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            stats.producedBytes += chunk.byteLength;
            controller.enqueue(chunk);
          }
        })
      )
    : output;
  try {
    return await collect(counted, cap, () => new InflateCapError(cap));
  } catch (error) {
    abort.abort(error);
    throw error;
  }
}
