import type { Decimals } from '../import/narrow.ts';
import type { JoinedLabels } from './joinedLabels.ts';
import Dexie, { type EntityTable } from 'dexie';
import type { ImportReport } from '../import/ImportReport.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';

/**
 * Typed-array or string-dictionary payload of one column chunk. Category codes, days and lines may be stored
 * narrower than int32, numbers as whole decimals (Decimals) or number roles as float32 where that holds them
 * exactly (import/narrow.ts); labels as an array or joined in one string (JoinedLabels); each chunk keeps its own form.
 */
export type ChunkData = Int8Array | Int16Array | Int32Array | Float32Array | Float64Array | Decimals | string[] | JoinedLabels;

export type ColumnKind = 'int32' | 'float64' | 'category';

/** A stored column: `name` is a role (customer, date, amount, …) or `n:<header>` / `c:<header>` for extra columns. */
export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  chunks: number;
  /** Category columns: number of dictionary chunks (stored as `<name>#dict`). */
  dictChunks?: number;
  /** Category columns: number of labels (datasets stored before it was kept lack it). */
  labels?: number;
}

export interface DatasetRecord {
  id: string;
  name: string;
  /**
   * A name the app generated (a sample's), shown in the reader's language; `name` is then its text as stored,
   * for older readers. Null for a name the user typed or took from the file; absent in records of earlier versions.
   */
  label?: GeneratedText | null;
  shape: 'transactions' | 'customers';
  status: 'importing' | 'ready';
  created: number;
  /**
   * When the import began or last said it was alive. An `importing` record is removed as soon as no
   * page or worker holds its Web Lock (datasets.ts `importLockName`); the heartbeat decides only
   * where there are no Web Locks.
   */
  heartbeat: number;
  source: { name: string; size: number; encoding: string; delimiter: string };
  headers: string[];
  /** The confirmed column mapping (src/lib/import/mapping.ts). */
  mapping: unknown;
  /** Import report (rows read, accepted, rejected, …; see src/lib/import). */
  report: DatasetReport;
  columns: ColumnInfo[];
  rows: number;
  /** Bytes of stored column data. */
  bytes: number;
}

/**
 * A stored dataset's import report: the import's own report without the rejected rows themselves (those
 * are stored as issues), with how many of them were kept. Fields added since version 1 are optional, so
 * that older records stay readable without a migration: they may lack `duplicateCustomers`,
 * `rejectedByReason` and `dateRange` (read them through `valueChecks` in datasetChecks.ts).
 */
export type DatasetReport = Omit<ImportReport, 'rejected' | 'duplicateCustomers' | 'rejectedByReason' | 'dateRange'> & {
  duplicateCustomers?: number;
  rejectedByReason?: ImportReport['rejectedByReason'];
  dateRange?: ImportReport['dateRange'];
  rejectedStored: number;
  /** Characters that could not be decoded (U+FFFD) in the whole file; older records lack it. */
  replacements?: number;
  /** How many parts the file was read in, in parallel (1: whole); older records lack it. */
  parts?: number;
};

export interface ChunkRecord {
  datasetId: string;
  column: string;
  index: number;
  data: ChunkData;
}

export interface IssueRecord {
  id?: number;
  datasetId: string;
  line: number;
  column: string;
  reason: string;
  raw: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type KefenDb = Dexie & {
  datasets: EntityTable<DatasetRecord, 'id'>;
  chunks: EntityTable<ChunkRecord, 'datasetId'>;
  issues: EntityTable<IssueRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const dbName = 'kefen';

/** Opens the one database with every schema version declared (later versions add upgrades here). */
export function openDb(name = dbName): KefenDb {
  const db = new Dexie(name) as KefenDb;
  db.version(1).stores({
    datasets: 'id, created, status',
    chunks: '[datasetId+column+index], datasetId',
    issues: '++id, datasetId, [datasetId+line]',
    settings: 'key'
  });
  return db;
}

let shared: KefenDb | undefined;

/** The database of this page or worker (opened lazily). */
export function db(): KefenDb {
  shared ??= openDb();
  return shared;
}
