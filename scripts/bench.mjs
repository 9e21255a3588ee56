// npm run bench: imports real files into the built app in headless Chromium and prints one JSON object per file.
// Usage: node scripts/bench.mjs [--only online|2m] [--rows N] [--no-build]
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    rows: { type: 'string', default: '2000000' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4199' }
  }
});

const root = resolve(import.meta.dirname, '..');
// KEFEN_DIST: a build directory of one's own (relative to the repository), so that parallel runs do not share one.
const dist = process.env.KEFEN_DIST ? resolve(root, process.env.KEFEN_DIST) : '/tmp/kefen-bench/dist';
const work = '/tmp/kefen-bench';
mkdirSync(work, { recursive: true });
const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };

if (!args['no-build']) execSync(`npx vite build --outDir ${dist} --emptyOutDir`, quiet);

const files = [];
const retail = resolve(root, '../shared/data/online_retail.csv');
if (!args.only || args.only === 'online') {
  if (existsSync(retail)) files.push({ name: 'online_retail.csv', path: retail });
  else console.error(`skipping Online Retail: ${retail} not found`);
}
if (!args.only || args.only === '2m') {
  const rows = Number(args.rows);
  const path = `${work}/transactions-${rows}.csv`;
  if (!existsSync(path)) execSync(`npx tsx scripts/generate.ts --rows ${rows} --out ${path}`, quiet);
  files.push({ name: `generated-${rows}.csv`, path });
}

const port = Number(args.port);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { cwd: root, stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info']
});

// Records long main-thread tasks (Long Tasks API) and the longest gap of a 5 ms timer, as a cross-check.
const probe = () => {
  window.__bench = { longest: 0, lag: 0, armed: false };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__bench.armed) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (window.__bench.armed) window.__bench.lag = Math.max(window.__bench.lag, now - last - 5);
    last = now;
  }, 5);
};

/**
 * Heap in use by the page's dedicated workers (where parsing and analysis happen), through the page's
 * CDP session: workers are auto-attached (non-flat) and asked Runtime.getHeapUsage.
 */
async function workerHeaps(cdp) {
  const sessions = new Set();
  const pending = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => sessions.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    const resolve = pending.get(message.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message.result);
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return async () => {
    let total = 0;
    for (const sessionId of [...sessions]) {
      const id = nextId++;
      const answer = new Promise((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => {
          pending.delete(id);
          resolve(null);
        }, 2_000);
      });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
      total += (await answer)?.usedSize ?? 0;
    }
    return total;
  };
}

/** Samples page + worker JS heap every 50 ms; returns a stop function giving the peak (bytes) and the worker share. */
async function heapSampler(cdp, workersHeap) {
  let peak = 0;
  let peakWorkers = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const page = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        const workers = await workersHeap();
        if (page + workers > peak) {
          peak = page + workers;
          peakWorkers = workers;
        }
      } catch {
        // page navigating
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { peak, peakWorkers };
  };
}

const results = [];
for (const file of files) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const workersHeap = await workerHeaps(cdp);
  await page.goto(`${base}#/data`);
  // First start imports the built-in samples; wait until they are in.
  await page.waitForFunction(() => window.kefen?.app?.ready === true, null, { timeout: 120_000 });
  const stopHeap = await heapSampler(cdp, workersHeap);
  await page.evaluate(() => (window.__bench.armed = true));

  const t0 = Date.now();
  await page.setInputFiles('[data-testid=file-input]', file.path);
  await page.waitForSelector('[data-testid=confirm-import]:not([disabled])', { timeout: 120_000 });
  const tConfirm = Date.now();
  await page.click('[data-testid=confirm-import]');
  await page.waitForFunction(() => window.kefen.importer.stage === 'done', null, { timeout: 600_000, polling: 20 });
  const tReady = Date.now();
  const report = await page.evaluate(() => JSON.parse(JSON.stringify(window.kefen.importer.report)));
  const datasetId = await page.evaluate(() => window.kefen.importer.datasetId);

  // The dataset is selected after import: wait for its first analysis (cold: load columns, summary, every method).
  await page.waitForFunction((id) => window.kefen.app.resultFor === id && !window.kefen.app.analysing, datasetId, { timeout: 600_000, polling: 20 });
  const tViews = Date.now();
  const first = await page.evaluate(() => window.kefen.app.timings);
  const probeResult = await page.evaluate(() => ({ ...window.__bench }));
  await page.evaluate(() => (window.__bench.armed = false));
  const { peak: peakHeap, peakWorkers } = await stopHeap();

  // A threshold change: only ABC and what depends on it recompute.
  const recompute = [];
  for (const a of [0.7, 0.75, 0.8]) {
    const before = await page.evaluate(() => window.kefen.app.result);
    await page.evaluate((value) => window.kefen.app.update('abc', { a: value }), a);
    await page.waitForFunction((prev) => window.kefen.app.result !== prev && !window.kefen.app.analysing, before, { polling: 10 }).catch(() => undefined);
    await page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 });
    recompute.push(await page.evaluate(() => window.kefen.app.timings.computeMs));
  }

  // The value forecast (BG/NBD + Gamma-Gamma, off until asked for): only its section is computed.
  const beforeModel = await page.evaluate(() => window.kefen.app.result);
  await page.evaluate(() => window.kefen.app.update('forecast', { enabled: true }));
  await page.waitForFunction((prev) => window.kefen.app.result !== prev && !window.kefen.app.analysing, beforeModel, { timeout: 600_000, polling: 10 });
  const model = await page.evaluate(() => {
    const f = window.kefen.app.result?.forecast;
    return { computeMs: window.kefen.app.timings.computeMs, fitMs: (f?.bgnbd?.ms ?? NaN) + (f?.gammaGamma?.ms ?? 0), customers: f?.customers ?? 0 };
  });
  await page.evaluate(() => window.kefen.app.update('forecast', { enabled: false }));
  await page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 });

  // Change over time (cohorts, the ABC migration with its month ends, the backtest of every classifier), off until asked for.
  const beforeChange = await page.evaluate(() => window.kefen.app.result);
  await page.evaluate(() => window.kefen.app.update('change', { enabled: true }));
  await page.waitForFunction((prev) => window.kefen.app.result !== prev && !window.kefen.app.analysing, beforeChange, { timeout: 600_000, polling: 10 });
  const change = await page.evaluate(() => {
    const c = window.kefen.app.result?.change;
    return { ms: c?.ms ?? null, computeMs: window.kefen.app.timings.computeMs, cohorts: c?.cohorts.cohorts.length ?? 0, snapshots: c?.migration.snapshots.length ?? 0 };
  });
  await page.evaluate(() => window.kefen.app.update('change', { enabled: false }));
  await page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 });

  // Reload: the stored dataset is listed and analysed again.
  const tReload = Date.now();
  await page.reload();
  await page.waitForFunction((id) => window.kefen?.app?.ready && window.kefen.app.resultFor === id && !window.kefen.app.analysing, datasetId, { timeout: 600_000, polling: 20 });
  const reloadSeconds = (Date.now() - tReload) / 1000;

  const sizeMB = statSync(file.path).size / 1024 / 1024;
  const importSeconds = (tReady - t0) / 1000;
  results.push({
    file: file.name,
    sizeMB: +sizeMB.toFixed(1),
    rows: report.rowsRead,
    customers: report.customers,
    importSeconds: +importSeconds.toFixed(3),
    previewSeconds: +((tConfirm - t0) / 1000).toFixed(3),
    parseAndStoreSeconds: +((tReady - tConfirm) / 1000).toFixed(3),
    rowsPerSecond: Math.round(report.rowsRead / importSeconds),
    peakHeapMB: +(peakHeap / 1024 / 1024).toFixed(1),
    peakWorkerHeapMB: +(peakWorkers / 1024 / 1024).toFixed(1),
    longestTaskMs: +Math.max(probeResult.longest, 0).toFixed(1),
    longestTimerGapMs: +probeResult.lag.toFixed(1),
    firstAnalysisSeconds: +((tViews - tReady) / 1000).toFixed(3),
    loadColumnsMs: +first.loadMs.toFixed(1),
    summaryMs: +first.summaryMs.toFixed(1),
    allViewsMs: +(first.computeMs - first.summaryMs).toFixed(1),
    recomputeMs: +Math.min(...recompute).toFixed(1),
    recomputeMsRuns: recompute.map((x) => +x.toFixed(1)),
    modelMs: +model.computeMs.toFixed(1),
    modelFitMs: +model.fitMs.toFixed(1),
    modelCustomers: model.customers,
    cohortsMs: +(change.ms?.cohorts ?? NaN).toFixed(1),
    migrationMs: +(change.ms?.migration ?? NaN).toFixed(1),
    backtestMs: +(change.ms?.backtest ?? NaN).toFixed(1),
    sensitivityMs: +(change.ms?.sensitivity ?? NaN).toFixed(1),
    changeMs: +change.computeMs.toFixed(1),
    changeCohorts: change.cohorts,
    changeSnapshots: change.snapshots,
    reloadSeconds: +reloadSeconds.toFixed(3)
  });
  console.log(JSON.stringify(results.at(-1)));
  await context.close();
}

await browser.close();
process.kill(-server.pid);
