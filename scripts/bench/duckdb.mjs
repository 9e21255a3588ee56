// The DuckDB-WASM side of npm run bench: in a context opened as Kefen's is (contexts.mjs), the peer page (scripts/bench/peer,
// built by bench.mjs) instantiates DuckDB-WASM and warms it up; then the clock runs from the file chosen through
// setInputFiles to the per-customer R/F/M rows read in JS (register with BROWSER_FILEREADER, query, toArray).
import { closeSync, openSync, readSync } from 'node:fs';
import { crashGuard } from './kefen.mjs';
import { rendererPids, rssSampler } from './rss.mjs';
import { rfmSql } from './specs.mjs';

/** The first whole lines of the file, about `bytes` of them (the warm-up text). */
function head(path, bytes = 1 << 20) {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(path, 'r');
  const read = readSync(fd, buffer, 0, bytes, 0);
  closeSync(fd);
  const text = buffer.subarray(0, read).toString('utf8');
  return read < bytes ? text : text.slice(0, text.lastIndexOf('\n') + 1);
}

const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
const s3 = (ms) => +(ms / 1000).toFixed(3);

/**
 * Tries `bundles` in order ('eh', then 'mvp') and keeps the first that instantiates; the figures use the prefix duckdbWasm.
 * The warm-up runs the same query on the file's first megabyte unless `cold` (then only a trivial query).
 */
export async function runPeer({ open, peerBase, file, spec, bundles = ['eh', 'mvp'], cold = false, timeout = 600_000 }) {
  const { context, browserCdp, close } = await open();
  const before = new Set(await rendererPids(browserCdp));
  let stopRss = null;
  try {
    // Nothing may come from elsewhere (no CDN, no extension repository): such a request is refused and reported.
    const external = [];
    await context.route((url) => !url.href.startsWith(peerBase), (route) => {
      external.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const guard = crashGuard(page);
    await page.goto(peerBase);
    const name = file.path.split('/').at(-1);
    const warmName = `warmup-${name}`;
    const fileSpec = { name, sql: rfmSql(name, spec), ...(cold ? {} : { warmName, warmSql: rfmSql(warmName, spec), warmText: head(file.path) }) };
    let instantiateMs = null;
    const errors = [];
    for (const bundle of bundles) {
      try {
        instantiateMs = await guard(page.evaluate((name) => window.peer.instantiate(name), bundle));
        break;
      } catch (e) {
        errors.push(`${bundle}: ${e.message.split('\n')[0]}`);
      }
    }
    if (instantiateMs === null) throw new Error(`DuckDB-WASM did not instantiate (${errors.join('; ')})`);
    const warmupMs = await guard(page.evaluate((s) => window.peer.warmUp(s), fileSpec)).catch((e) => {
      throw new Error(`DuckDB-WASM warm-up failed: ${e.message}`);
    });
    const warmupRows = await page.evaluate(() => window.peer.warmupRows);
    const bundle = await page.evaluate(() => window.peer.bundle);
    const version = await page.evaluate(() => window.peer.version);

    stopRss = rssSampler(browserCdp, before);
    const t0 = Date.now();
    await page.setInputFiles('[data-testid=peer-file]', file.path);
    await guard(page.waitForFunction(() => window.peer.state === 'done' || window.peer.state === 'failed', null, { timeout, polling: 20 }));
    const seconds = (Date.now() - t0) / 1000;
    const rss = await stopRss();
    const state = await page.evaluate(() => ({ state: window.peer.state, error: window.peer.error, ms: window.peer.ms, result: window.peer.result }));
    if (state.state !== 'done') throw new Error(`DuckDB-WASM query failed: ${state.error}`);
    return {
      duckdbWasmBundle: bundle,
      duckdbWasmVersion: version,
      duckdbWasmSeconds: +seconds.toFixed(3),
      duckdbWasmInstantiateSeconds: s3(instantiateMs),
      duckdbWasmWarmupMs: +warmupMs.toFixed(1),
      duckdbWasmWarmupCustomers: warmupRows,
      duckdbWasmRegisterMs: +state.ms.registerMs.toFixed(1),
      duckdbWasmQueryMs: +state.ms.queryMs.toFixed(1),
      duckdbWasmMaterialiseMs: +state.ms.materialiseMs.toFixed(1),
      duckdbWasmRows: state.result.customers,
      duckdbWasmFrequencySum: state.result.frequencySum,
      duckdbWasmPeakRendererRssMB: mb(rss.peak),
      duckdbWasmRendererRssMB: rss.fallback ? 'largest renderer (no new process found)' : Object.values(rss.peakByPid).map(mb),
      ...(errors.length ? { duckdbWasmBundleErrors: errors } : {}),
      ...(external.length ? { duckdbWasmRefusedRequests: external } : {})
    };
  } finally {
    await stopRss?.();
    await close().catch(() => undefined);
  }
}
