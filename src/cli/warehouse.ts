import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import type { ImportResult } from '../lib/import/importText.ts';
import { normalisedColumns, normalisedCsvBytes, normalisedSidecar, columnsOfTable, type NormalisedColumn, type NormalisedSidecar } from '../lib/sql/normalised.ts';
import { ddlSql, warehouseSql, type WarehouseSource } from '../lib/sql/warehouseSql.ts';
import type { CliRequest } from './parseCliArgs.ts';
import type { CliTextKey } from './cliText.ts';

/** A failure the command line reports with a cliText key (exit code 2). */
export class WarehouseFailure extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly params: Record<string, string | number>
  ) {
    super(key);
  }
}

type Imported = ImportResult & { encoding: string; replacements: number };

/** Writes the normalised CSV (in pieces, so that the text of a large file is never held whole) and its sidecar; returns the sidecar. */
export function writeNormalised(request: CliRequest, imported: Imported): NormalisedSidecar {
  const out = request.out!;
  const sidecar = normalisedSidecar({ file: request.file, encoding: imported.encoding, table: imported.table, report: imported.report, mapping: imported.mapping, headers: imported.headers });
  let fd: number | undefined;
  try {
    fd = openSync(out, 'w');
    for (const piece of normalisedCsvBytes(imported.table)) writeSync(fd, piece);
    closeSync(fd);
    fd = undefined;
    const json = openSync(`${out}.json`, 'w');
    writeSync(json, JSON.stringify(sidecar, null, 2) + '\n');
    closeSync(json);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    throw new WarehouseFailure('writeFailed', { file: out, reason: error instanceof Error ? error.message : String(error) });
  }
  return sidecar;
}

/** The first line of a file (up to 64 KB), without its line end and BOM. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** Normalised columns named by a header line, in the export's order starting with customer; null otherwise. */
function normalisedHeader(line: string): NormalisedColumn[] | null {
  const names = line.split(',');
  if (names[0] !== 'customer') return null;
  let at = 0;
  for (const name of names) {
    const index = normalisedColumns.indexOf(name as NormalisedColumn, at);
    if (index < 0) return null;
    at = index + 1;
  }
  return names as NormalisedColumn[];
}

/**
 * A normalised file: its sidecar (FILE.json) or, without one, a header of the normalised columns.
 * Null for any other file; a WarehouseFailure when the sidecar is there but does not fit the file.
 */
export function readNormalised(file: string): { columns: NormalisedColumn[]; shape: 'transactions' | 'customers' } | null {
  const header = normalisedHeader(firstLine(file));
  const sidecarFile = `${file}.json`;
  if (existsSync(sidecarFile)) {
    let sidecar: Partial<NormalisedSidecar>;
    try {
      sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8')) as Partial<NormalisedSidecar>;
    } catch (error) {
      throw new WarehouseFailure('badSidecar', { file: sidecarFile, reason: error instanceof Error ? error.message : String(error) });
    }
    if (sidecar.format !== 'kefen-normalised' || !Array.isArray(sidecar.columns) || (sidecar.shape !== 'transactions' && sidecar.shape !== 'customers')) {
      throw new WarehouseFailure('badSidecar', { file: sidecarFile, reason: 'not a kefen-normalised sidecar' });
    }
    if (!header || header.join(',') !== sidecar.columns.join(',')) {
      throw new WarehouseFailure('badSidecar', { file: sidecarFile, reason: `its columns ${sidecar.columns.join(',')} are not the header of ${file}` });
    }
    return { columns: header, shape: sidecar.shape };
  }
  if (!header) return null;
  return { columns: header, shape: header.includes('date') ? 'transactions' : 'customers' };
}

/** Why DuckDB's read_csv would read a raw file otherwise than the importer (empty when it reads it the same). */
export function rawDifferences(bytes: Uint8Array, imported: Imported, translate: (key: string) => string): [CliTextKey, Record<string, string | number>][] {
  const out: [CliTextKey, Record<string, string | number>][] = [];
  if (imported.encoding !== 'utf-8') out.push(['reasonEncoding', { encoding: imported.encoding }]);
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) out.push(['reasonBom', {}]);
  if (imported.replacements > 0) out.push(['reasonUndecodable', { n: imported.replacements }]);
  const delimiter = imported.mapping.delimiter ?? ',';
  if (delimiter.length !== 1) out.push(['reasonDelimiter', { delimiter }]);
  if (imported.report.rowsRejected > 0) out.push(['reasonRejected', { n: imported.report.rowsRejected }]);
  const kinds = [...new Set(Object.entries(imported.report.coercions).filter(([, n]) => n > 0).map(([key]) => key.split('|')[1] ?? key))];
  if (kinds.length) out.push(['reasonCoerced', { kinds: kinds.map((k) => translate(`coercion.${k}`)).join(', ') }]);
  return out;
}

/** The text `kefen sql` prints for a normalised file: the SQL, or with --ddl the CREATE TABLE. */
export function normalisedSql(request: CliRequest, found: { columns: NormalisedColumn[]; shape: 'transactions' | 'customers' }): string {
  const table = request.table ?? 'kefen_rows';
  if (request.ddl) return ddlSql(request.dialect, table, found.columns);
  const source: WarehouseSource =
    request.dialect === 'duckdb' && request.table === undefined ? { kind: 'normalised', columns: found.columns, file: request.file } : { kind: 'normalised', columns: found.columns, table };
  return warehouseSql({ dialect: request.dialect, shape: found.shape, source, config: request.config });
}

/** The CREATE TABLE for the normalised columns a raw file would have. */
export function rawDdl(request: CliRequest, imported: Imported): string {
  return ddlSql(request.dialect, request.table ?? 'kefen_rows', columnsOfTable({ ...imported.table, line: imported.table.line ?? new Int32Array(0) }));
}
