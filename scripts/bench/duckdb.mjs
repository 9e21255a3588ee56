// The DuckDB-WASM side of npm run bench: in a new context of the same browser, the peer page (scripts/bench/peer,
// built by bench.mjs) instantiates DuckDB-WASM and warms it up; then the clock runs from the file chosen through
// setInputFiles to the per-customer R/F/M rows read in JS (register with BROWSER_FILEREADER, query, toArray).
import { crashGuard } from './kefen.mjs';
import { rendererPids, rssSampler } from './rss.mjs';
import { rfmSql } from './specs.mjs';

const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
const s3 = (ms) => +(ms / 1000).toFixed(3);

/** Tries `bundles` in order ('eh', then 'mvp') and keeps the first that instantiates; the figures use the prefix duckdbWasm. */
export async function runPeer({ browser, browserCdp, peerBase, file, spec, bundles = ['eh', 'mvp'], timeout = 600_000 }) {
  const before = new Set(await rendererPids(browserCdp));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const guard = crashGuard(page);
    await page.goto(peerBase);
    const name = file.path.split('/').at(-1);
    const fileSpec = { name, sql: rfmSql(name, spec) };
    let warm = null;
    const errors = [];
    for (const bundle of bundles) {
      try {
        warm = await guard(page.evaluate(({ fileSpec, bundle }) => window.peer.start(fileSpec, bundle), { fileSpec, bundle }));
        break;
      } catch (e) {
        errors.push(`${bundle}: ${e.message}`);
      }
    }
    if (!warm) throw new Error(`DuckDB-WASM did not instantiate (${errors.join('; ')})`);
    const bundle = await page.evaluate(() => window.peer.bundle);
    const version = await page.evaluate(() => window.peer.version);

    const stopRss = rssSampler(browserCdp, before);
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
      duckdbWasmInstantiateSeconds: s3(warm.instantiateMs),
      duckdbWasmWarmupMs: +warm.warmupMs.toFixed(1),
      duckdbWasmRegisterMs: +state.ms.registerMs.toFixed(1),
      duckdbWasmQueryMs: +state.ms.queryMs.toFixed(1),
      duckdbWasmMaterialiseMs: +state.ms.materialiseMs.toFixed(1),
      duckdbWasmRows: state.result.customers,
      duckdbWasmFrequencySum: state.result.frequencySum,
      duckdbWasmPeakRendererRssMB: mb(rss.peak),
      duckdbWasmRendererRssMB: rss.fallback ? 'largest renderer (no new process found)' : Object.values(rss.peakByPid).map(mb),
      ...(errors.length ? { duckdbWasmBundleErrors: errors } : {})
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
