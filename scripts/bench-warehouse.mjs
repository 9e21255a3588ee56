// npm run bench:warehouse: the warehouse path against the app's engine on a large generated file.
// Generates N rows (default 20,000,000) of the synthetic distributor into /tmp, then times
//   1. kefen analyze FILE                       (the engine, as the app computes)
//   2. kefen normalize FILE --out N.csv         (the rows as Kefen read them)
//   3. the DuckDB SQL of kefen sql N.csv         (both statements, @duckdb/node-api)
// and prints one JSON object. The files are deleted afterwards unless --keep.
// Usage: node scripts/bench-warehouse.mjs [--rows N] [--keep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '20000000' }, keep: { type: 'boolean', default: false } } });
const rows = Number(args.rows);
const root = resolve(import.meta.dirname, '..');
const work = '/tmp/kefen-bench-warehouse';
mkdirSync(work, { recursive: true });
const source = `${work}/transactions-${rows}.csv`;
const normalised = `${work}/transactions-${rows}.normalised.csv`;
const heap = ['--max-old-space-size=12000'];
const seconds = (t0) => +((performance.now() - t0) / 1000).toFixed(2);
const kefen = (argv) =>
  execFileSync(process.execPath, [...heap, '--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: root, maxBuffer: 4 * 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });

const result = { rows };
try {
  let t0 = performance.now();
  if (!existsSync(source)) execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--rows', String(rows), '--out', source], { cwd: root, stdio: 'inherit' });
  result.generateSeconds = seconds(t0);
  result.fileBytes = statSync(source).size;

  t0 = performance.now();
  const table = kefen(['analyze', source, '--format', 'csv']);
  result.analyzeSeconds = seconds(t0);
  let lines = 0;
  for (let at = table.indexOf(10); at !== -1; at = table.indexOf(10, at + 1)) lines++;
  result.analyzeCustomers = lines - 1; // the header line

  t0 = performance.now();
  kefen(['normalize', source, '--out', normalised]);
  result.normalizeSeconds = seconds(t0);
  result.normalisedBytes = statSync(normalised).size;

  const sql = kefen(['sql', normalised]).toString('utf8');
  const [customers, cuts] = sql
    .split(/;\n/)
    .map((s) => s.replace(/^(--[^\n]*\n|\s*\n)*/, '').trim())
    .filter((s) => s.startsWith('WITH'));
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  t0 = performance.now();
  const rowsOut = (await db.runAndReadAll(customers)).currentRowCount;
  result.duckdbCustomersSeconds = seconds(t0);
  t0 = performance.now();
  await db.runAndReadAll(cuts);
  result.duckdbCutsSeconds = seconds(t0);
  result.sqlCustomers = rowsOut;
  result.normalizeAndDuckdbSeconds = +(result.normalizeSeconds + result.duckdbCustomersSeconds + result.duckdbCutsSeconds).toFixed(2);
  result.sameCustomerCount = rowsOut === result.analyzeCustomers;
} catch (error) {
  result.error = error instanceof Error ? error.message.slice(0, 500) : String(error);
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
