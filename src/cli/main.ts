import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Analyzer, type AnalysisConfig } from '../lib/analysis/analyze.ts';
import { changeBacktest, changeMigration } from '../lib/analysis/change.ts';
import { cohorts } from '../lib/analysis/cohorts.ts';
import { usableConfig } from '../lib/analysis/usableConfig.ts';
import type { EngineMessage } from '../lib/analysis/types.ts';
import { toCsv } from '../lib/export/toCsv.ts';
import type { Locale } from '../lib/i18n/define.ts';
import { importBytes, type ImportResult } from '../lib/import/importText.ts';
import type { Mapping } from '../lib/import/mapping.ts';
import { warehouseSql } from '../lib/sql/warehouseSql.ts';
import { CodedError } from '../lib/workers/protocol.ts';
import { backtestJson, cohortsJson, migrationJson } from './changeReport.ts';
import { cliMessage, type CliTextKey } from './cliText.ts';
import { loadMessages, translateWith } from './loadMessages.ts';
import { parseCliArgs, UsageError, type CliRequest } from './parseCliArgs.ts';
import { settingsMessageParams } from '../lib/share/settings.ts';
import { customerRows, reportJson, toReport } from './toReport.ts';
import { normalisedSql, rawDdl, rawDifferences, readNormalised, WarehouseFailure, writeNormalised } from './warehouse.ts';
import { rawSource } from '../lib/sql/rawSource.ts';
import { defaultReading, importFile, type Reading } from './importFile.ts';
import { alignSample } from '../lib/import/encoding.ts';

/** How the command line reads files; tests make the sizes small to stream a small file in many blocks. */
export interface CliLimits extends Reading {
  /** Files larger than this (bytes) are imported block by block (importFile); smaller ones read whole. */
  streamAbove: number;
  /** `kefen sql` on a raw file reads only this much of its head (bytes, cut to whole lines). */
  sqlHeadBytes: number;
}

export const defaultLimits: CliLimits = { ...defaultReading, streamAbove: 64 * 1024 * 1024, sqlHeadBytes: 256 * 1024 };

/** Where the command writes; the process streams and environment by default (tests may pass their own). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

/**
 * Exit codes: 0 done, 2 bad arguments or a file that cannot be read, imported or analysed with these
 * settings, 3 no result (no row accepted, or no customer), 1 a bug.
 */
export const exitOk = 0;
export const exitUsage = 2;
export const exitNoResult = 3;

class Failure extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly params: Record<string, string | number>
  ) {
    super(key);
  }
}

/** Engine notes that mean a setting given on the command line was not used: an error for the command line. */
const settingSections = new Set(['summary', 'abc', 'pyramid', 'rfm', 'concentration', 'forecast']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one command line (`analyze FILE …`, `sql FILE …`, `--help`) and returns its exit code.
 * Uses the app's own import library and engine, so that the numbers are the app's.
 */
export async function main(argv: string[], io: CliIo, limits: Partial<CliLimits> = {}): Promise<number> {
  const using: CliLimits = { ...defaultLimits, ...limits };
  let lang: Locale = 'en';
  let request: CliRequest;
  try {
    request = parseCliArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    lang = error.lang;
    let params = error.params;
    if (error.setting) {
      // A setting refused by the shared rules: the reason in the words of the app (links, project files).
      const reason = translateWith(await loadMessages(), lang, error.setting.key, settingsMessageParams(error.setting));
      params = { ...params, reason };
    }
    io.stderr(`kefen: ${cliMessage(lang, 'error')}: ${cliMessage(lang, error.key, params)}\n`);
    return exitUsage;
  }
  lang = request.lang;
  if (request.command === 'help') {
    io.stdout(cliMessage(lang, 'usage'));
    return exitOk;
  }
  const messages = await loadMessages();
  const translate = (key: string, params?: Record<string, unknown>) => translateWith(messages, lang, key, params);
  try {
    if (request.command === 'sql') {
      const { text, headRows } = sql(request, translate, using);
      io.stdout(text);
      if (headRows !== null) io.stderr(`kefen: ${cliMessage(lang, 'sqlHeadOnly', { file: request.file, rows: headRows, kb: Math.round(using.sqlHeadBytes / 1024) })}\n`);
      return exitOk;
    }
    const imported = readAndImport(request, translate, using);
    if (request.command === 'normalize') {
      const sidecar = writeNormalised(request, imported);
      io.stdout(JSON.stringify(sidecar, null, 2) + '\n');
      if (sidecar.rowsKept === 0) {
        io.stderr(`kefen: ${cliMessage(lang, 'error')}: ${cliMessage(lang, 'noRows', { file: request.file })}\n`);
        return exitNoResult;
      }
      return exitOk;
    }
    if (request.command === 'cohorts' || request.command === 'migrate' || request.command === 'backtest') {
      const empty = noResult(request.file, imported, datasetCounts(imported), translate);
      if (empty) {
        io.stderr(`kefen: ${cliMessage(lang, 'error')}: ${cliMessage(lang, empty.key, empty.params)}\n`);
        return exitNoResult;
      }
      io.stdout(JSON.stringify(change(request, imported), null, 2) + '\n');
      return exitOk;
    }
    const report = analyze(request, imported, (n: EngineMessage) => translate(n.code, n.params));
    io.stdout(request.format === 'csv' ? toCsv(customerRows(report.customers)) : reportJson(report) + '\n');
    // The report is still printed (its rejectedRows say why); the exit code tells a script there is nothing to use.
    const empty = noResult(request.file, imported, report.dataset, translate);
    if (empty) {
      io.stderr(`kefen: ${cliMessage(lang, 'error')}: ${cliMessage(lang, empty.key, empty.params)}\n`);
      return exitNoResult;
    }
    return exitOk;
  } catch (error) {
    if (!(error instanceof Failure) && !(error instanceof WarehouseFailure)) throw error;
    io.stderr(`kefen: ${cliMessage(lang, 'error')}: ${cliMessage(lang, error.key, error.params)}\n`);
    return exitUsage;
  }
}

/**
 * `kefen sql`: a normalised file (its sidecar, or the normalised header) in any dialect; a raw file only for
 * DuckDB and only when read_csv reads it exactly as the importer does, else a message pointing to normalize.
 * Only the head of the file is read (the header line for a normalised file; for a raw one the first
 * `sqlHeadBytes`, whole lines, imported to find the columns and check the rows): the SQL reads the file itself.
 * `headRows` is the number of rows checked when the file goes on after the head (null: all of it was read).
 */
function sql(request: CliRequest, translate: (key: string, params?: Record<string, unknown>) => string, limits: CliLimits): { text: string; headRows: number | null } {
  if (!existsSync(request.file)) throw new Failure('readFailed', { file: request.file, reason: 'no such file' });
  const found = readNormalised(request.file);
  try {
    if (found) return { text: normalisedSql(request, found), headRows: null };
  } catch (error) {
    throw new Failure('settingFailed', { reason: messageOf(error) });
  }
  const { bytes, whole } = readHead(request.file, limits.sqlHeadBytes);
  const imported = importing(request, translate, () => importBytes(bytes, importOptions(request)));
  const headRows = whole ? null : imported.report.rowsRead;
  if (request.ddl) return { text: rawDdl(request, imported), headRows };
  if (request.dialect !== 'duckdb' || request.table !== undefined) throw new Failure('notNormalised', { file: request.file, dialect: request.dialect });
  const reasons = rawDifferences(bytes, imported, (key) => translate(key));
  if (reasons.length) {
    throw new Failure('rawNotExact', { file: request.file, reasons: reasons.map(([key, params]) => cliMessage(request.lang, key, params)).join('; ') });
  }
  try {
    return { text: warehouseSql({ dialect: 'duckdb', shape: imported.mapping.shape, source: rawSource(request.file, imported.mapping, imported.headers), config: request.config }), headRows };
  } catch (error) {
    throw new Failure('settingFailed', { reason: messageOf(error) });
  }
}

/** The first `max` bytes of a file, cut after its last line feed when the file goes on (`whole`: the file is all there). */
function readHead(file: string, max: number): { bytes: Uint8Array; whole: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new Failure('readFailed', { file, reason: messageOf(error) });
  }
  try {
    // One byte more than asked tells whether the file goes on.
    const buffer = new Uint8Array(max + 1);
    let at = 0;
    while (at < buffer.length) {
      const n = readSync(fd, buffer, at, buffer.length - at, at);
      if (n === 0) break;
      at += n;
    }
    if (at <= max) return { bytes: buffer.subarray(0, at), whole: true };
    return { bytes: alignSample(buffer.subarray(0, max), true, false), whole: false };
  } catch (error) {
    throw new Failure('readFailed', { file, reason: messageOf(error) });
  } finally {
    closeSync(fd);
  }
}

/** The mapping settings the command line gives (the rest is guessed from the file). */
function mappingOf(request: CliRequest): Partial<Mapping> | undefined {
  const mapping: Partial<Mapping> = {};
  if (request.shape) mapping.shape = request.shape;
  if (request.dates?.from) mapping.dateFrom = request.dates.from;
  if (request.dates?.to) mapping.dateTo = request.dates.to;
  return Object.keys(mapping).length ? mapping : undefined;
}

/**
 * The import options of a command: source lines only for the normalised export; columns no one reads left out
 * of the table (their cells still checked): `price` (the engine never reads it), and for normalize and sql also
 * the other categories and numbers (not normalised columns). The analyses read only how many order ids there
 * are, not the ids: they are kept packed, without their text (a file of millions of orders). Codes are kept as
 * narrow as their labels allow (a region in one byte a row).
 */
function importOptions(request: CliRequest) {
  const normalised = request.command === 'normalize' || request.command === 'sql';
  return {
    lines: request.command === 'normalize',
    omit: normalised ? ['price', 'c:', 'n:'] : ['price'],
    orderLabels: normalised,
    narrowCodes: true,
    encoding: request.encoding,
    mapping: mappingOf(request),
    headersMap: Object.keys(request.map).length ? request.map : undefined
  };
}

/** Runs an import, its errors as Failures with the reason in the user's language. */
function importing<T>(request: CliRequest, translate: (key: string, params?: Record<string, unknown>) => string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Failure) throw error;
    if (error instanceof CodedError) {
      const reason = translate(error.code, error.params) + (error.detail ? ` (${error.detail})` : '');
      throw new Failure('importFailed', { file: request.file, reason });
    }
    throw new Failure('importFailed', { file: request.file, reason: messageOf(error) });
  }
}

/** The whole file imported: read whole up to `streamAbove` bytes, block by block beyond (its text would not fit one string). */
function readAndImport(
  request: CliRequest,
  translate: (key: string, params?: Record<string, unknown>) => string,
  limits: CliLimits
): ImportResult & { encoding: string; replacements: number } {
  let size: number;
  try {
    size = statSync(request.file).size;
  } catch (error) {
    throw new Failure('readFailed', { file: request.file, reason: messageOf(error) });
  }
  const options = importOptions(request);
  if (size > limits.streamAbove) return importing(request, translate, () => importFile(request.file, options, limits));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(request.file);
  } catch (error) {
    throw new Failure('readFailed', { file: request.file, reason: messageOf(error) });
  }
  return importing(request, translate, () => importBytes(bytes, options));
}

/** Why an analysis gave no customer result (no row accepted, or no row with a customer), or null when it did. */
function noResult(
  file: string,
  imported: ImportResult,
  dataset: { rowsRead: number; rowsAccepted: number; rowsRejected: number; customers: number; rowsWithoutCustomer: number },
  translate: (key: string, params?: Record<string, unknown>) => string
): { key: CliTextKey; params: Record<string, string | number> } | null {
  if (dataset.rowsAccepted === 0) {
    const first = imported.report.rejected[0];
    if (!first) return { key: 'noRows', params: { file } };
    const reason = translate(first.reason, { column: first.column });
    return { key: 'noRowsAccepted', params: { file, read: dataset.rowsRead, rejected: dataset.rowsRejected, line: first.line, column: first.column, reason } };
  }
  if (dataset.customers === 0) {
    const customer = imported.mapping.columns.customer;
    const column = customer === undefined ? '' : imported.headers[customer];
    const key = dataset.rowsWithoutCustomer === dataset.rowsAccepted ? 'noCustomers' : 'noCustomersUpToDate';
    return { key, params: { file, rows: dataset.rowsAccepted, column, without: dataset.rowsWithoutCustomer } };
  }
  return null;
}

/** The counts noResult() reads, from the import report alone. */
function datasetCounts(imported: ImportResult) {
  const { report, table } = imported;
  let without = 0;
  const present = new Uint8Array(table.customer.labels.length);
  for (let i = 0; i < table.length; i++) {
    const c = table.customer.codes[i];
    if (c < 0) without++;
    else present[c] = 1;
  }
  const customers = present.reduce((n, x) => n + x, 0);
  return { rowsRead: report.rowsRead, rowsAccepted: report.rowsAccepted, rowsRejected: report.rowsRejected, customers, rowsWithoutCustomer: without };
}

/** cohorts, migrate, backtest (METHOD §10) with the settings of the command line; only the summary and the part asked for are computed. */
function change(request: CliRequest, imported: ImportResult) {
  if (imported.table.shape !== 'transactions' || !imported.table.date) throw new Failure('noDates', { file: request.file });
  try {
    const analyzer = new Analyzer(imported.table);
    const { summary: full } = analyzer.summary(request.config.summary);
    if (full.stats.customers === 0 || !Number.isFinite(full.analysisDay)) throw new Failure('noCustomersUpToDate', { file: request.file, rows: imported.report.rowsAccepted, without: full.stats.rowsWithoutCustomer });
    const { config, notes } = usableConfig(full, request.config);
    const absent = notes.find((n) => n.code.startsWith('engine.unavailable.'));
    if (absent) throw new Failure('metricAbsent', { metric: absent.code.slice('engine.unavailable.'.length) });
    if (request.command === 'cohorts') return cohortsJson(cohorts(full, config.change.period));
    if (request.command === 'migrate') return migrationJson(changeMigration(imported.table, full, config), full);
    return backtestJson(changeBacktest(imported.table, full, config, config.change.by));
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure('settingFailed', { reason: messageOf(error) });
  }
}

function analyze(request: CliRequest, imported: ImportResult & { encoding: string; replacements: number }, translate: (n: EngineMessage) => string) {
  const config: AnalysisConfig = request.config;
  let run;
  try {
    run = new Analyzer(imported.table).run(config);
  } catch (error) {
    throw new Failure('settingFailed', { reason: messageOf(error) });
  }
  const { result } = run;
  for (const note of result.notes) {
    const section = String(note.params?.section ?? '');
    if ((note.code === 'engine.invalidSetting' || note.code === 'engine.methodFailed') && settingSections.has(section)) {
      throw new Failure('settingFailed', { reason: `${section}: ${String(note.params?.detail ?? note.code)}` });
    }
    // A metric asked for on the command line that the file lacks (e.g. --abc-metric profit without profit or cost).
    if (note.code.startsWith('engine.unavailable.') && settingSections.has(section)) {
      throw new Failure('metricAbsent', { metric: note.code.slice('engine.unavailable.'.length) });
    }
  }
  const columns: Record<string, string> = {};
  for (const [role, index] of Object.entries(imported.mapping.columns)) if (index !== undefined) columns[role] = imported.headers[index];
  return toReport({ file: request.file, encoding: imported.encoding, report: imported.report, columns, config, result, translate, replacements: imported.replacements });
}

function isEntry(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  // Output piped into a command that stops reading (head, less): stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(exitOk);
    throw error;
  });
  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: process.env
    });
  } catch (error) {
    // A fault of the program, not of the input: exit code 1 with the stack for a bug report.
    process.stderr.write(`kefen: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
