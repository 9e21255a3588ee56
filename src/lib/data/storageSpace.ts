/**
 * Room for an import, judged before anything is written: the bytes a file will take once stored,
 * from its size and the share of its columns kept, against what the browser says is left.
 */

/**
 * Stored bytes per file byte when every column is kept: the column bytes of large real files
 * (0.51 Online Retail, 0.77 the synthetic distributor), rounded up, what a browser that does not
 * compress stores; Chromium's compressed usage is lower (0.13, 0.32). Measured in
 * docs/ARCHITECTURE.md, "Storage".
 */
export const storedPerFileByte = 0.8;

/** The share of a file's bytes the browser must keep free beyond the import itself (room for the database's own bookkeeping). */
export const spareShare = 0.25;

/** The number of columns a mapping keeps: the roles given a column, the extra numeric and attribute columns, and a computed amount. */
export function keptColumns(mapping: { columns: Partial<Record<string, number>>; numbers: number[]; categories: number[]; amountFrom?: string }): number {
  const used = new Set<number>([...Object.values(mapping.columns).filter((c): c is number => c !== undefined), ...mapping.numbers, ...mapping.categories]);
  return used.size + (mapping.amountFrom === 'quantityTimesPrice' && mapping.columns.amount === undefined ? 1 : 0);
}

/** Bytes a file of `fileBytes` is expected to take once stored, keeping `kept` of its `columns` columns. */
export function expectedStoredBytes(fileBytes: number, kept: number, columns: number): number {
  if (!(fileBytes >= 0) || !(columns > 0) || !(kept >= 0)) throw new RangeError(`invalid size: ${fileBytes} bytes, ${kept} of ${columns} columns`);
  return Math.ceil(fileBytes * storedPerFileByte * Math.min(1, Math.max(kept, 1) / columns));
}

export interface SpaceCheck {
  ok: boolean;
  /** Bytes the import is expected to take, with the spare share. */
  needed: number;
  /** Bytes the browser says are left for this site (Infinity when it does not say). */
  available: number;
}

/** Whether `expected` bytes fit in what `estimate` leaves, with room to spare; a browser that gives no estimate is not second-guessed. */
export function checkSpace(estimate: { usage?: number; quota?: number } | undefined, expected: number): SpaceCheck {
  const needed = Math.ceil(expected * (1 + spareShare));
  if (!estimate || !estimate.quota) return { ok: true, needed, available: Infinity };
  const available = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return { ok: needed <= available, needed, available };
}

/**
 * Whether an error means the browser's storage is full: a QuotaExceededError (as thrown, or as
 * the inner error of Dexie's AbortError, or named in its message) or a worker error coded so.
 */
export function isStorageFull(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    if (code === 'error.quota' || code === 'error.spaceShort') return true;
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /QuotaExceeded|quota/i.test(message)) return true;
  }
  return false;
}

/**
 * About how many bytes a value takes once stored (structured clone): typed arrays their bytes, strings two bytes a
 * character, numbers eight, and a few bytes for each array place and object key; a plain walk, for a result
 * about to be written (shared or repeated objects are counted each time, so it errs on the large side).
 */
export function approximateBytes(value: unknown, depth = 0): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'number') return 8;
  if (typeof value === 'string') return 4 + 2 * value.length;
  if (typeof value !== 'object' || depth > 64) return 8;
  if (ArrayBuffer.isView(value)) return 16 + value.byteLength;
  if (value instanceof ArrayBuffer) return 16 + value.byteLength;
  let bytes = 16;
  if (Array.isArray(value)) {
    for (const item of value) bytes += 2 + approximateBytes(item, depth + 1);
    return bytes;
  }
  for (const [key, item] of Object.entries(value)) bytes += 4 + 2 * key.length + approximateBytes(item, depth + 1);
  return bytes;
}

/** Whether this origin's storage is persistent (not cleared by the browser under storage pressure), or 'unsupported'. */
export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

/** The current persistence, and with `ask` a request for it (the browser may grant it silently, ask the user, or refuse). */
export async function persistence(ask: boolean, storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persisted || !storage.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return ask && (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
