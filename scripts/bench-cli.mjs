// npm run bench:cli: the command line on large generated files against native DuckDB on the same file.
// For each size (default 5,000,000 and 20,000,000 rows; generated once into /tmp/kefen-bench, kept there as
// npm run bench keeps its files) it runs, each in a child process of its own:
//   1. kefen analyze FILE --format json          (the whole engine, as `npm run -s kefen` runs it)
//   2. native DuckDB (@duckdb/node-api): read_csv of FILE and the per-customer R/F/M rows read into JS
//      (recency = days from the customer's last date to the latest date, frequency = distinct orders,
//      monetary = the sum of amounts: the same work over the same file, not METHOD's definitions, which
//      treat returns apart, so a customer's figures may differ)
// and prints one JSON object per size: wall seconds and peak RSS (MB) of each child, the ratios kefen / duckdb,
// and whether both found the same number of customers.
// Usage: node scripts/bench-cli.mjs [--rows 5000000,20000000] [--runs 1]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '5000000,20000000' }, runs: { type: 'string', default: '1' } } });
const sizes = args.rows.split(',').map((s) => Number(s.trim()));
const runs = Number(args.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/bench-cli.mjs [--rows N,N,…] [--runs R]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const work = '/tmp/kefen-bench';
mkdirSync(work, { recursive: true });
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** The columns of scripts/generate.ts, typed as Kefen reads them. */
const columns = {
  order_id: 'VARCHAR',
  order_date: 'DATE',
  customer_id: 'VARCHAR',
  region: 'VARCHAR',
  channel: 'VARCHAR',
  product: 'VARCHAR',
  category: 'VARCHAR',
  quantity: 'DOUBLE',
  unit_price: 'DOUBLE',
  amount: 'DOUBLE',
  cost: 'DOUBLE',
  payment: 'DOUBLE'
};

function duckdbScript(file) {
  const spec = Object.entries(columns)
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(', ');
  const query = `SELECT customer_id, max(max(order_date)) OVER () - max(order_date) AS recency, count(DISTINCT order_id) AS frequency, sum(amount) AS monetary
    FROM read_csv('${file.replace(/'/g, "''")}', header = true, columns = {${spec}}) GROUP BY customer_id`;
  return `import { DuckDBInstance } from '@duckdb/node-api';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const rows = (await db.runAndReadAll(${JSON.stringify(query)})).getRowObjectsJS();
process.stdout.write(JSON.stringify({ customers: rows.length }));`;
}

/**
 * Runs a command as a child process: wall seconds and peak RSS (GNU time's maximum resident set size, else the
 * child's VmHWM polled from /proc), its exit code and stdout (or, with `out`, stdout written to that file).
 */
function measure(command, argv, out) {
  return new Promise((done, fail) => {
    const wrapped = gnuTime ? [gnuTime, ['-v', command, ...argv]] : [command, argv];
    const t0 = performance.now();
    const child = spawn(wrapped[0], wrapped[1], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    let stderr = '';
    let hwm = 0;
    const poll = gnuTime
      ? null
      : setInterval(() => {
          try {
            const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (kb) hwm = Math.max(hwm, Number(kb[1]));
          } catch {
            // the child has exited
          }
        }, 20);
    let bytes = 0;
    child.stdout.on('data', (b) => {
      bytes += b.length;
      if (out || bytes < 1 << 20) stdout.push(b);
    });
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (poll) clearInterval(poll);
      const kb = gnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : hwm;
      const status = gnuTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code;
      if (status !== 0) return fail(new Error(`${command} ${argv.join(' ')} exited with ${status}: ${stderr.slice(-2000)}`));
      done({ seconds: +seconds.toFixed(2), peakRssMB: Math.round(kb / 1024), stdout: Buffer.concat(stdout) });
    });
  });
}

function fileFor(rows) {
  const path = `${work}/transactions-${rows}.csv`;
  return { path, exists: existsSync(path) };
}

async function generate(rows, path) {
  const part = `${path}.part`;
  await measure(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--rows', String(rows), '--out', part]);
  renameSync(part, path);
}

const best = (list, key) => list.reduce((a, b) => (b[key] < a[key] ? b : a));

for (const rows of sizes) {
  const result = { rows };
  try {
    const { path, exists } = fileFor(rows);
    if (!exists) await generate(rows, path);
    result.file = path;
    result.fileBytes = statSync(path).size;
    const kefenRuns = [];
    const duckdbRuns = [];
    for (let r = 0; r < runs; r++) {
      const kefen = await measure(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', path, '--format', 'json'], true);
      const report = JSON.parse(kefen.stdout.toString('utf8'));
      kefenRuns.push({ seconds: kefen.seconds, peakRssMB: kefen.peakRssMB, customers: report.dataset.customers });
      const duck = await measure(process.execPath, ['--input-type=module', '-e', duckdbScript(path)]);
      duckdbRuns.push({ seconds: duck.seconds, peakRssMB: duck.peakRssMB, customers: JSON.parse(duck.stdout.toString('utf8')).customers });
    }
    const kefen = best(kefenRuns, 'seconds');
    const duckdb = best(duckdbRuns, 'seconds');
    Object.assign(result, {
      kefen: { command: `kefen analyze ${path} --format json`, ...kefen, ...(runs > 1 ? { runs: kefenRuns } : {}) },
      duckdb: { command: 'native DuckDB (@duckdb/node-api): read_csv + per-customer R/F/M', ...duckdb, ...(runs > 1 ? { runs: duckdbRuns } : {}) },
      ratio: { seconds: +(kefen.seconds / duckdb.seconds).toFixed(2), peakRss: +(kefen.peakRssMB / duckdb.peakRssMB).toFixed(2) },
      sameCustomers: kefen.customers === duckdb.customers,
      peakRssMeasuredBy: gnuTime ? '/usr/bin/time -v' : '/proc/PID/status VmHWM'
    });
  } catch (error) {
    result.error = error instanceof Error ? error.message.slice(0, 1000) : String(error);
  }
  console.log(JSON.stringify(result));
}
