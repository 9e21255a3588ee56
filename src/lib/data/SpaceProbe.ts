/// <reference lib="webworker" />
/**
 * Proves, right before a write to IndexedDB, that the disk has room for it: the bytes are first
 * written to a scratch file in the origin private file system (OPFS) and removed again.
 *
 * Why: when an IndexedDB commit itself hits a full disk, Chromium treats its database files as
 * failed and deletes the origin's whole IndexedDB store, every dataset with it ("IndexedDB Write
 * Error: TRANSACTION_COMMIT_METHOD", then an empty database; reproduced on a 12 MB tmpfs profile).
 * Its quota check does not prevent it: `estimate()` may report a quota far beyond the disk. A
 * scratch file that cannot be written costs nothing but the import, so the import stops there
 * and only its own records are deleted. Needs a worker (sync access handles); elsewhere there is
 * no probe and writes go ahead unchecked.
 */
export class SpaceProbe {
  static readonly fileName = 'kefen-space-probe';
  /** Room kept beyond each write for the database's own files (log, compaction). */
  static readonly margin = 2 * 1024 * 1024;

  readonly #handle: FileSystemSyncAccessHandle;
  readonly #dir: FileSystemDirectoryHandle;
  readonly #name: string;
  readonly #piece = piece();

  private constructor(dir: FileSystemDirectoryHandle, name: string, handle: FileSystemSyncAccessHandle) {
    this.#dir = dir;
    this.#name = name;
    this.#handle = handle;
  }

  /**
   * Whether `bytes` can be written just now, from any page or worker (an asynchronous scratch file,
   * removed again); null where there is no OPFS. The app asks at start-up to know a full disk
   * before its first write fails.
   */
  static async roomFor(bytes: number): Promise<boolean | null> {
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await navigator.storage.getDirectory();
    } catch {
      return null;
    }
    const name = `${SpaceProbe.fileName}-${crypto.randomUUID()}`;
    try {
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      const data = piece();
      for (let at = 0; at < bytes; at += data.length) await writable.write(data.subarray(0, Math.min(data.length, bytes - at)));
      await writable.close();
      return true;
    } catch {
      return false;
    } finally {
      await dir.removeEntry(name).catch(() => undefined);
    }
  }

  /** A probe of its own for one import (`key` keeps two imports' probes apart), or null where OPFS sync access is not available. */
  static async open(key: string): Promise<SpaceProbe | null> {
    try {
      const dir = await navigator.storage.getDirectory();
      await SpaceProbe.#sweep(dir);
      const name = `${SpaceProbe.fileName}-${key}`;
      const file = await dir.getFileHandle(name, { create: true });
      if (typeof file.createSyncAccessHandle !== 'function') return null;
      return new SpaceProbe(dir, name, await file.createSyncAccessHandle());
    } catch {
      return null;
    }
  }

  /** Removes probe files of imports that died mid-probe (a live import's file is open and cannot be removed). */
  static async #sweep(dir: FileSystemDirectoryHandle) {
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
      if (name.startsWith(SpaceProbe.fileName)) await dir.removeEntry(name).catch(() => undefined);
    }
  }

  /** Whether `bytes` and the margin could be written just now (the scratch file is emptied again either way). */
  fits(bytes: number): boolean {
    const total = bytes + SpaceProbe.margin;
    try {
      for (let at = 0; at < total; at += this.#piece.length) {
        const n = Math.min(this.#piece.length, total - at);
        const written = this.#handle.write(n === this.#piece.length ? this.#piece : this.#piece.subarray(0, n), { at });
        if (written < n) return false;
      }
      this.#handle.flush();
      return true;
    } catch {
      return false;
    } finally {
      try {
        this.#handle.truncate(0);
        this.#handle.flush();
      } catch {
        // an empty file cannot fail to be emptied; a handle closed under us is gone anyway
      }
    }
  }

  /** Closes and removes the scratch file. */
  async close(): Promise<void> {
    try {
      this.#handle.close();
      await this.#dir.removeEntry(this.#name);
    } catch {
      // a probe file left behind is empty and removed at the next import's close
    }
  }
}

let pattern: Uint8Array<ArrayBuffer> | undefined;

/** 1 MiB of pseudo-random bytes (xorshift), not zeros: a file system that compresses or dedupes zero pages would not really allocate them. */
function piece(): Uint8Array<ArrayBuffer> {
  if (pattern) return pattern;
  pattern = new Uint8Array(1 << 20);
  for (let i = 0, x = 2463534242; i < pattern.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    pattern[i] = x & 0xff;
  }
  return pattern;
}
