import Dexie from 'dexie';
import { unreadLabels, type Category, type Codes, type Table, type Values } from '../analysis/table.ts';
import { isDecimals, type StoredValues } from '../import/narrow.ts';
import { hashOf } from '../import/PackedDictionary.ts';
import { toTable } from '../import/toTable.ts';
import { isJoinedLabels, splitLabels, type JoinedLabels } from './joinedLabels.ts';
import { db, type ChunkData, type ColumnInfo, type DatasetRecord, type IssueRecord } from './db.ts';

/**
 * Datasets that finished importing, newest first. Imports that died (a crash, a closed tab) are
 * removed first, so a list never lags behind a kill; a failed clean-up (a full disk) does not stop
 * the list from being read.
 */
export async function listDatasets(): Promise<DatasetRecord[]> {
  await removeUnfinished().catch(() => undefined);
  const all = await db().datasets.where('status').equals('ready').toArray();
  return all.sort((a, b) => b.created - a.created);
}

export async function getDataset(id: string): Promise<DatasetRecord | undefined> {
  const record = await db().datasets.get(id);
  return record?.status === 'ready' ? record : undefined;
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new RangeError(`invalid name: ${JSON.stringify(name)}`);
  await db().datasets.update(id, { name: trimmed, label: null }); // a typed name: shown as typed, never as a generated one
}

/** Removes a dataset with its chunks, issues and settings, all or nothing. */
export async function deleteDataset(id: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.datasets, d.chunks, d.issues, d.settings], async () => {
    await d.chunks.where('datasetId').equals(id).delete();
    await d.issues.where('datasetId').equals(id).delete();
    await d.settings.delete(`config:${id}`);
    await deleteResults(id);
    await d.datasets.delete(id);
  });
}

/** The Web Lock an import holds for its whole life (in the import worker): free means the import is dead. */
export function importLockName(datasetId: string): string {
  return `kefen-import:${datasetId}`;
}

/** The part of the Web Locks API used here (tests pass their own). */
export type Locks = Pick<LockManager, 'query'>;

/** The names of the Web Locks held or waited for by any page or worker of this origin. */
async function lockNames(locks: Locks): Promise<Set<string>> {
  const { held = [], pending = [] } = await locks.query();
  return new Set([...held, ...pending].map((l) => l.name ?? ''));
}

/**
 * Removes imports that never finished, with their chunks and issues; returns how many. An import
 * is dead when no page or worker holds its lock (importLockName); two tabs importing at once keep
 * each other's live imports. Without the Web Locks API (old browsers, Node) an import is dead
 * when its heartbeat is older than `staleMs`.
 */
export async function removeUnfinished(options: { locks?: Locks | null; staleMs?: number; now?: number } = {}): Promise<number> {
  const { locks = globalThis.navigator?.locks ?? null, staleMs = 30_000, now = Date.now() } = options;
  const leftovers = await db().datasets.where('status').equals('importing').toArray();
  if (!leftovers.length) return 0;
  // The lock is taken before the record is written, so every record read here has its lock held already, if alive.
  const held = locks ? await lockNames(locks) : null;
  const dead = leftovers.filter((r) => (held ? !held.has(importLockName(r.id)) : now - r.heartbeat > staleMs));
  let removed = 0;
  for (const r of dead) if (await deleteUnfinished(r.id)) removed++;
  return removed;
}

/** Deletes an import's records if it is still `importing` (it may have finished since it was read). */
async function deleteUnfinished(id: string): Promise<boolean> {
  const d = db();
  return d.transaction('rw', [d.datasets, d.chunks, d.issues, d.settings], async () => {
    if ((await d.datasets.get(id))?.status !== 'importing') return false;
    await d.chunks.where('datasetId').equals(id).delete();
    await d.issues.where('datasetId').equals(id).delete();
    await d.settings.delete(`config:${id}`);
    await deleteResults(id);
    await d.datasets.delete(id);
    return true;
  });
}

/** Chunks and issues of no dataset record (none should exist; a sweep at start-up keeps it so); returns how many datasets' worth. */
export async function removeOrphans(): Promise<number> {
  const d = db();
  const known = new Set((await d.datasets.toCollection().primaryKeys()) as string[]);
  const owners = new Set([...((await d.chunks.orderBy('datasetId').uniqueKeys()) as string[]), ...((await d.issues.orderBy('datasetId').uniqueKeys()) as string[])]);
  const orphans = [...owners].filter((id) => !known.has(id));
  for (const id of orphans) {
    await d.transaction('rw', [d.chunks, d.issues], async () => {
      await d.chunks.where('datasetId').equals(id).delete();
      await d.issues.where('datasetId').equals(id).delete();
    });
  }
  return orphans.length;
}

// ------------------------------------------------------------ writing (import worker)

/**
 * Runs `work` holding the import lock of `datasetId` (released when it settles, or when the page or
 * worker dies): the record `work` begins counts as a live import for as long as it runs. Without
 * the Web Locks API, `work` runs as is and its heartbeat (touchDataset) keeps it alive.
 */
export async function withImportLock<T>(datasetId: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return work();
  return locks.request(importLockName(datasetId), { mode: 'exclusive' }, work) as Promise<T>;
}

/** Marks an import alive where there are no Web Locks (its own small write to the dataset list). */
export async function touchDataset(id: string): Promise<void> {
  await db().datasets.update(id, { heartbeat: Date.now() });
}

/** Starts a dataset in state `importing` (call it holding the import lock); nothing is listed until `finishDataset`. */
export async function beginDataset(record: Omit<DatasetRecord, 'status' | 'heartbeat'>): Promise<void> {
  await db().datasets.add({ ...record, status: 'importing', heartbeat: Date.now() });
}

/**
 * Writes one chunk of several columns in one transaction that touches the chunks table only: a
 * write that fails (a full disk) can abort nothing but this import's own chunk records.
 */
export async function writeChunks(datasetId: string, chunks: { column: string; index: number; data: ChunkData }[]): Promise<void> {
  await db().chunks.bulkPut(chunks.map((c) => ({ datasetId, ...c })));
}

export async function writeIssues(datasetId: string, issues: Omit<IssueRecord, 'datasetId' | 'id'>[]): Promise<void> {
  if (!issues.length) return;
  await db().issues.bulkAdd(issues.map((i) => ({ datasetId, ...i })));
}

/** Marks a dataset ready with its final description, in one transaction: the dataset becomes whole at once. */
export async function finishDataset(id: string, patch: Partial<DatasetRecord>): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.datasets], async () => {
    const n = await d.datasets.update(id, { ...patch, status: 'ready', heartbeat: Date.now() });
    if (!n) throw new Error(`dataset ${id} vanished during import`);
  });
}

/** Bytes of a chunk payload as stored (strings counted as UTF-16). */
export function chunkBytes(data: ChunkData): number {
  if (Array.isArray(data)) {
    let n = 0;
    for (const s of data) n += 2 * s.length + 8;
    return n;
  }
  if (isJoinedLabels(data)) return 2 * data.joined.length + data.ends.byteLength + 16;
  return isDecimals(data) ? data.scaled.byteLength + 16 : data.byteLength;
}

// ------------------------------------------------------------ reading (analysis worker)

/** Stored columns the analyses do not read: the source line of each row (only the normalised export writes it). */
export const exportOnlyColumns: readonly string[] = ['line'];

/** Category columns whose labels the analyses never read, only how many there are: the order ids. */
export const countedLabels: readonly string[] = ['order'];

/** What the analysis worker reads of a dataset (loadTable's options; the import worker's handover gives the same). */
export const analysisColumns = { without: exportOnlyColumns, counted: countedLabels } as const;

/** Whether a stored column's labels are left unread (`counted`) and so given as holes: only if their number was stored. */
function labelsLeftOut(info: ColumnInfo, counted: ReadonlySet<string>): boolean {
  return info.kind === 'category' && info.labels !== undefined && counted.has(info.name);
}

/**
 * Reads a dataset back into the engine's `Table`: every column, or with `without` all but those
 * (each column is its own key range, so the others are not read at all). The category columns in `counted`
 * come without their labels, as an array of the right length with no entries (Table.order for the engine).
 */
export async function loadTable(id: string, options: { without?: readonly string[]; counted?: readonly string[] } = {}): Promise<Table> {
  const d = db();
  const record = await d.datasets.get(id);
  if (!record || record.status !== 'ready') throw new Error(`dataset not found: ${id}`);
  const without = new Set(options.without ?? []);
  const counted = new Set(options.counted ?? []);
  const byColumn = new Map<string, ChunkData[]>();
  if (!without.size && !counted.size) {
    for (const r of await d.chunks.where('datasetId').equals(id).toArray()) (byColumn.get(r.column) ?? byColumn.set(r.column, []).get(r.column)!)[r.index] = r.data;
    return assemble(record, byColumn);
  }
  const columns = record.columns.filter((c) => !without.has(c.name));
  const names = columns.flatMap((c) => (c.kind === 'category' && !labelsLeftOut(c, counted) ? [c.name, `${c.name}#dict`] : [c.name]));
  await d.transaction('r', d.chunks, () =>
    Promise.all(
      names.map(async (name) => {
        const rows = await d.chunks.where('[datasetId+column+index]').between([id, name, Dexie.minKey], [id, name, Dexie.maxKey]).toArray();
        byColumn.set(name, rows.map((r) => r.data));
      })
    )
  );
  return assemble({ ...record, columns }, byColumn, counted);
}

/** Builds a Table from stored column chunks; the `counted` category columns get holes for labels (see loadTable). */
export function assemble(record: Pick<DatasetRecord, 'shape' | 'rows' | 'columns'>, byColumn: Map<string, ChunkData[]>, counted: ReadonlySet<string> = new Set()): Table {
  const dictionaries: Record<string, string[]> = {};
  for (const info of record.columns) {
    if (info.kind !== 'category') continue;
    if (labelsLeftOut(info, counted)) {
      dictionaries[info.name] = unreadLabels(info.labels!);
      continue;
    }
    const dict = ((byColumn.get(`${info.name}#dict`) ?? []) as (string[] | JoinedLabels)[]).map((d) => (isJoinedLabels(d) ? splitLabels(d) : d));
    dictionaries[info.name] = dict.length === 1 ? dict[0] : dict.flat();
  }
  return toTable(record.shape, record.rows, { columns: record.columns, dictionaries }, byColumn as Map<string, (Codes | StoredValues)[]>);
}

export async function listIssues(datasetId: string, offset = 0, limit = 200): Promise<IssueRecord[]> {
  return db().issues.where('[datasetId+line]').between([datasetId, Dexie.minKey], [datasetId, Dexie.maxKey]).offset(offset).limit(limit).toArray();
}

export async function allIssues(datasetId: string): Promise<IssueRecord[]> {
  return db().issues.where('[datasetId+line]').between([datasetId, Dexie.minKey], [datasetId, Dexie.maxKey]).toArray();
}

// ------------------------------------------------------------ settings

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await db().settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

/**
 * Analysis results computed for a stored dataset, kept so that reopening it shows every view at once while its
 * columns are read behind it. `key` names what a result depends on besides the data (the settings and the engine's
 * code); the last `keptResults` keys of a dataset are kept, so that settings changed and changed back (or a page
 * closed before its last result was written) still find theirs. A small index record lists them, newest first,
 * so that neither eviction nor a check reads a result.
 */
export interface StoredResult<R> {
  key: string;
  result: R;
}

export const keptResults = 4;

type ResultIndex = { setting: string; key: string }[];

function resultPrefix(datasetId: string): string {
  return `result:${datasetId}:`;
}

function resultIndex(datasetId: string): string {
  return `results:${datasetId}`;
}

/** One settings record per (dataset, key): FNV-1a of the key names it (the record holds the key, so a collision only replaces). */
function resultSetting(datasetId: string, key: string): string {
  return resultPrefix(datasetId) + (hashOf(key) >>> 0).toString(16);
}

export async function storedResult<R>(datasetId: string, key: string): Promise<R | undefined> {
  const stored = await getSetting<StoredResult<R>>(resultSetting(datasetId, key));
  return stored?.key === key ? stored.result : undefined;
}

/**
 * Keeps a dataset's result under its key (unless the dataset is gone meanwhile) as the newest, dropping the oldest
 * beyond `keptResults`; a result kept already under the key is not written again, only made the newest. `result`
 * is called only when it is to be written, and `room` before that, outside any transaction (the disk probe): false
 * writes nothing.
 */
export async function storeResult<R>(datasetId: string, key: string, result: () => R, room: () => Promise<boolean> = async () => true): Promise<void> {
  const d = db();
  const index = async () => ((await d.settings.get(resultIndex(datasetId)))?.value as ResultIndex | undefined) ?? [];
  const write = !(await index()).some((e) => e.key === key);
  if (write && !(await room())) return;
  await d.transaction('rw', [d.datasets, d.settings], async () => {
    if ((await d.datasets.get(datasetId))?.status !== 'ready') return;
    const setting = resultSetting(datasetId, key);
    const before = await index();
    const kept = before.some((e) => e.key === key);
    if (!kept && !write) return; // dropped meanwhile: written by a later call that proved room
    if (!kept) await d.settings.put({ key: setting, value: { key, result: result() } satisfies StoredResult<R> });
    const next = [{ setting, key }, ...before.filter((e) => e.setting !== setting)];
    await d.settings.bulkDelete(next.slice(keptResults).map((e) => e.setting));
    await d.settings.put({ key: resultIndex(datasetId), value: next.slice(0, keptResults) });
  });
}

/** Removes the results kept for a dataset (inside a transaction on the settings). */
function deleteResults(datasetId: string) {
  return Promise.all([db().settings.where('key').startsWith(resultPrefix(datasetId)).delete(), db().settings.delete(resultIndex(datasetId))]);
}

/** Storage used by this origin, and by each dataset's columns. */
export async function storageUse(): Promise<{ usage: number; quota: number }> {
  const estimate = await navigator.storage?.estimate?.();
  return { usage: estimate?.usage ?? 0, quota: estimate?.quota ?? 0 };
}

/** The stored columns of a Table (the inverse of `assemble`): column infos and chunk payloads, one chunk per column. */
export function columnsOf(table: Table): { columns: ColumnInfo[]; chunks: { column: string; index: number; data: ChunkData }[] } {
  const columns: ColumnInfo[] = [];
  const chunks: { column: string; index: number; data: ChunkData }[] = [];
  const addCategory = (name: string, c: Category) => {
    columns.push({ name, kind: 'category', chunks: 1, dictChunks: 1, labels: c.labels.length });
    chunks.push({ column: name, index: 0, data: c.codes }, { column: `${name}#dict`, index: 0, data: c.labels });
  };
  const addNumbers = (name: string, values: Int32Array | Values) => {
    columns.push({ name, kind: values instanceof Int32Array ? 'int32' : 'float64', chunks: 1 });
    chunks.push({ column: name, index: 0, data: values });
  };
  addCategory('customer', table.customer);
  for (const role of ['order', 'product', 'region'] as const) if (table[role]) addCategory(role, table[role]!);
  for (const role of ['date', 'amount', 'quantity', 'price', 'cost', 'profit', 'payment', 'line'] as const) if (table[role]) addNumbers(role, table[role]!);
  for (const [name, values] of Object.entries(table.numbers)) addNumbers(`n:${name}`, values);
  for (const [name, c] of Object.entries(table.categories)) addCategory(`c:${name}`, c);
  return { columns, chunks };
}

/** Stores a whole in-memory Table as a new ready dataset (used to save a shared link or a project file). */
export async function storeTable(record: Omit<DatasetRecord, 'status' | 'heartbeat' | 'columns' | 'rows' | 'bytes'>, table: Table): Promise<void> {
  const { columns, chunks } = columnsOf(table);
  const bytes = chunks.reduce((n, c) => n + chunkBytes(c.data), 0);
  await withImportLock(record.id, async () => {
    await beginDataset({ ...record, columns: [], rows: 0, bytes: 0 });
    try {
      await writeChunks(record.id, chunks);
      await finishDataset(record.id, { columns, rows: table.length, bytes });
    } catch (error) {
      await deleteDataset(record.id).catch(() => undefined);
      throw error;
    }
  });
}
