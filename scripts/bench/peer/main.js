// The DuckDB-WASM peer of npm run bench (scripts/bench.mjs), built with vite into its own directory and served locally:
// the worker and the wasm come from node_modules/@duckdb/duckdb-wasm/dist, nothing is fetched from elsewhere.
// window.peer.instantiate(bundle) instantiates DuckDB, window.peer.warmUp(spec) warms it up (a trivial query, then, when
// spec.warmText is given, the same R/F/M query on that text: the head of the file, as Kefen's import code is warm from
// the built-in samples it imports on first start); choosing a file then registers it
// (BROWSER_FILEREADER), runs spec.sql and reads every field of every row; window.peer.state becomes 'done' or 'failed'.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

const bundles = { eh: { worker: ehWorker, wasm: ehWasm }, mvp: { worker: mvpWorker, wasm: mvpWasm } };
const status = document.getElementById('status');
const peer = (window.peer = { state: 'idle', error: null, bundle: null, version: null, warmupRows: 0, ms: {}, result: null, instantiate, warmUp });
let db = null;
let spec = null;

function fail(e) {
  peer.state = 'failed';
  peer.error = String(e?.message ?? e);
  status.textContent = `failed: ${peer.error}`;
}

/** Instantiates the chosen bundle (worker + wasm); returns its milliseconds. */
async function instantiate(bundleName) {
  const t0 = performance.now();
  const bundle = bundles[bundleName];
  if (!bundle) throw new Error(`unknown bundle ${bundleName}`);
  const worker = new Worker(bundle.worker);
  const database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await database.instantiate(bundle.wasm);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  db = database;
  peer.bundle = bundleName;
  peer.version = await database.getVersion();
  return performance.now() - t0;
}

/** A trivial query, then, with fileSpec.warmText, the file's query on that text; returns the milliseconds. */
async function warmUp(fileSpec) {
  spec = fileSpec;
  const t0 = performance.now();
  const conn = await db.connect();
  const warm = (await conn.query('SELECT 42 AS answer')).toArray()[0].answer;
  if (warm !== 42) throw new Error(`warm-up query returned ${warm}`);
  if (spec.warmText) {
    await db.registerFileText(spec.warmName, spec.warmText);
    peer.warmupRows = (await conn.query(spec.warmSql)).toArray().length;
    await db.dropFile(spec.warmName);
  }
  await conn.close();
  peer.state = 'ready';
  status.textContent = `ready (${peer.bundle}, ${peer.version})`;
  return performance.now() - t0;
}

document.querySelector('[data-testid=peer-file]').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file || !db) return;
  try {
    peer.state = 'running';
    const t0 = performance.now();
    await db.registerFileHandle(spec.name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const t1 = performance.now();
    const conn = await db.connect();
    const table = await conn.query(spec.sql);
    const t2 = performance.now();
    const rows = table.toArray();
    let customers = 0;
    let recencySum = 0;
    let frequencySum = 0;
    let monetarySum = 0;
    for (const row of rows) {
      const id = String(row.customer);
      if (id.length > 0) customers++;
      recencySum += Number(row.recency ?? 0);
      frequencySum += Number(row.frequency);
      monetarySum += Number(row.monetary);
    }
    const t3 = performance.now();
    await conn.close();
    await db.dropFile(spec.name);
    peer.ms = { registerMs: t1 - t0, queryMs: t2 - t1, materialiseMs: t3 - t2, totalMs: t3 - t0 };
    peer.result = { customers, recencySum, frequencySum, monetarySum };
    peer.state = 'done';
    status.textContent = `done: ${customers} customers`;
  } catch (e) {
    fail(e);
  }
});
