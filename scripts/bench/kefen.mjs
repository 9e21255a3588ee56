// The Kefen side of npm run bench: import a file through the Data page of the built app, wait for its first analysis,
// then (unless `importOnly`) the recompute / forecast / change-over-time / reload figures.
import { statSync } from 'node:fs';
import { rssSampler, rendererPids } from './rss.mjs';

// Records long main-thread tasks (Long Tasks API) and the longest gap of a 5 ms timer, as a cross-check.
const probe = () => {
  // `long`: each long task's start (ms from arming), duration and the step it fell in (the importer's stage, or
  // "analysis" while the first analysis runs), to tell what to look at.
  window.__bench = { longest: 0, lag: 0, armed: false, armedAt: 0, long: [], step: '' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!window.__bench.armed) continue;
      window.__bench.longest = Math.max(window.__bench.longest, e.duration);
      window.__bench.long.push([Math.round(e.startTime - window.__bench.armedAt), Math.round(e.duration), window.__bench.step]);
    }
  }).observe({ type: 'longtask', buffered: false });
  // After a reload the bench waits for the dataset named in sessionStorage to show its result: the page says so on
  // its console (a CDP event). Waiting by page.waitForFunction would put Playwright's injected script (25-40 ms of
  // the main thread, the harness's) into the start being measured.
  const expected = sessionStorage.getItem('kefen-bench-reload');
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (window.__bench.armed) window.__bench.lag = Math.max(window.__bench.lag, now - last - 5);
    last = now;
    const app = window.kefen?.app;
    const stage = window.kefen?.importer?.stage;
    window.__bench.step = stage === 'done' && app?.analysing ? 'analysis' : stage === 'done' && app?.resultFor ? 'shown' : (stage ?? '');
    if (expected && app?.ready && app.resultFor === expected && !app.analysing) {
      sessionStorage.removeItem('kefen-bench-reload');
      console.log(`kefen-bench-reloaded ${performance.timeOrigin + now}`);
      clearInterval(timer);
    }
  }, 5);
};

/** Reloads the page and waits until the dataset `id` shows its result again; seconds from the reload asked. */
async function timeReload(page, id, guard, timeout) {
  await page.evaluate((id) => sessionStorage.setItem('kefen-bench-reload', id), id);
  const shown = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('kefen-bench-reloaded '), timeout });
  const asked = Date.now();
  await guard(Promise.all([page.reload({ waitUntil: 'commit' }), shown]));
  const at = Number((await shown).text().split(' ')[1]);
  return (at - asked) / 1000;
}

/**
 * Heap in use by the page's dedicated workers (where parsing and analysis happen) and by the workers they start
 * (an import's part workers), through the page's CDP session: workers are auto-attached (non-flat), each attached
 * worker is asked to auto-attach its own, and every one is asked Runtime.getHeapUsage.
 */
async function workerHeaps(cdp) {
  const workers = new Map(); // key (session ids from the page down) -> send(method, params) to that worker
  const pending = new Map();
  let nextId = 1;
  const top = (method, params) => cdp.send(method, params);

  function attach(parentSend, key, sessionId) {
    const send = (method, params = {}) => {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => {
          pending.delete(id);
          resolve(null);
        }, 2_000);
        parentSend('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => resolve(null));
      });
    };
    workers.set(key, send);
    void send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }

  // A message from the worker `key` (a reply, or an event of its own auto-attach).
  function received(key, text) {
    const message = JSON.parse(text);
    if (message.id !== undefined) {
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result ?? null);
      return;
    }
    const params = message.params ?? {};
    if (message.method === 'Target.attachedToTarget' && params.targetInfo?.type === 'worker') attach(workers.get(key), `${key}/${params.sessionId}`, params.sessionId);
    else if (message.method === 'Target.detachedFromTarget') workers.delete(`${key}/${params.sessionId}`);
    else if (message.method === 'Target.receivedMessageFromTarget') received(`${key}/${params.sessionId}`, params.message);
  }

  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') attach(top, e.sessionId, e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => received(e.sessionId, e.message));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return async () => {
    const sizes = await Promise.all([...workers.values()].map((send) => send('Runtime.getHeapUsage')));
    return sizes.reduce((total, answer) => total + (answer?.usedSize ?? 0), 0);
  };
}

/** Samples page + worker JS heap every 50 ms; returns a stop function giving the peak (bytes) and the worker share. */
function heapSampler(cdp, workersHeap) {
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

/** Rejects when the page crashes (out of memory, typically), so that a wait does not sit out its timeout. */
export function crashGuard(page) {
  let fail;
  const crashed = new Promise((_, reject) => (fail = reject));
  crashed.catch(() => undefined);
  page.on('crash', () => fail(new Error('the page crashed (renderer out of memory?)')));
  return (promise) => Promise.race([promise, crashed]);
}

const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
const s3 = (ms) => +(ms / 1000).toFixed(3);

/**
 * One Kefen run on `file` ({name, path}) in a context from `open` (contexts.mjs: { context, browserCdp, close }; the
 * browser's CDP session gives the renderer PIDs). `timeout` (ms) bounds each wait.
 */
export async function runKefen({ open, base, file, importOnly = false, timeout = 600_000 }) {
  const { context, browserCdp, close } = await open({ viewport: { width: 1400, height: 1000 } });
  const before = new Set(await rendererPids(browserCdp));
  // Samplers still running when a wait fails are stopped in `finally` (their loops would keep the bench alive).
  const samplers = [];
  try {
    const page = await context.newPage();
    const guard = crashGuard(page);
    await page.addInitScript(probe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const workersHeap = await workerHeaps(cdp);
    await page.goto(`${base}#/data`);
    // First start imports the built-in samples; wait until they are in.
    await guard(page.waitForFunction(() => window.kefen?.app?.ready === true, null, { timeout: 120_000 }));
    // A user takes a moment to pick a file: the page's idle work (the import worker started, the preview's code
    // compiled) is done by then.
    await page.waitForTimeout(1000);
    // Playwright's own script in the page compiles on its first use (about 0.1 s on one task): not the app's, so before arming.
    await page.locator('[data-testid=file-input]').count();
    const stopHeap = heapSampler(cdp, workersHeap);
    const stopRss = rssSampler(browserCdp, before);
    samplers.push(stopHeap, stopRss);
    await page.evaluate(() => Object.assign(window.__bench, { armed: true, armedAt: performance.now() }));

    const t0 = Date.now();
    await page.setInputFiles('[data-testid=file-input]', file.path);
    // Ready to import, or a failed preview: an error, or the preview shown with Import still disabled 10 s later (a mapping the file does not fill).
    await guard(
      page.waitForFunction(
        () => {
          if (document.querySelector('[data-testid=confirm-import]:not([disabled])') || window.kefen.importer.error) return true;
          if (window.kefen.importer.stage !== 'preview') return false;
          window.__bench.disabledSince ??= performance.now();
          return performance.now() - window.__bench.disabledSince > 10_000;
        },
        null,
        { timeout, polling: 20 }
      )
    );
    const tConfirm = Date.now();
    const previewFailure = await page.evaluate(() =>
      document.querySelector('[data-testid=confirm-import]:not([disabled])') ? null : window.kefen.importer.error ? JSON.stringify(window.kefen.importer.error) : 'Import stays disabled after the preview'
    );
    if (previewFailure) throw new Error(`preview failed: ${previewFailure}`);
    // Enabled was waited for above: `force` skips Playwright's own checks (the button steady over two animation
    // frames, 15-20 ms of the harness counted in importSeconds before the app saw the click).
    await page.click('[data-testid=confirm-import]', { force: true });
    await guard(page.waitForFunction(() => window.kefen.importer.stage === 'done' || window.kefen.importer.error, null, { timeout, polling: 20 }));
    const tReady = Date.now();
    const failure = await page.evaluate(() => (window.kefen.importer.stage === 'done' ? null : JSON.stringify(window.kefen.importer.error)));
    if (failure) throw new Error(`import failed: ${failure}`);
    const report = await page.evaluate(() => JSON.parse(JSON.stringify(window.kefen.importer.report)));
    const datasetId = await page.evaluate(() => window.kefen.importer.datasetId);

    // The dataset is selected after import: wait for its first analysis (cold: load columns, summary, every method).
    await guard(page.waitForFunction((id) => (window.kefen.app.resultFor === id && !window.kefen.app.analysing) || window.kefen.app.error, datasetId, { timeout, polling: 20 }));
    const tViews = Date.now();
    const analysisError = await page.evaluate((id) => (window.kefen.app.resultFor === id ? null : JSON.stringify(window.kefen.app.error)), datasetId);
    if (analysisError) throw new Error(`first analysis failed: ${analysisError}`);
    const first = await page.evaluate(() => window.kefen.app.timings);
    const probeResult = await page.evaluate(() => ({ ...window.__bench }));
    await page.evaluate(() => (window.__bench.armed = false));
    const { peak: peakHeap, peakWorkers } = await stopHeap();
    const rss = await stopRss();

    const importSeconds = (tReady - t0) / 1000;
    const result = {
      file: file.name,
      sizeMB: mb(statSync(file.path).size),
      rows: report.rowsRead,
      customers: report.customers,
      importSeconds: +importSeconds.toFixed(3),
      previewSeconds: s3(tConfirm - t0),
      parseAndStoreSeconds: s3(tReady - tConfirm),
      rowsPerSecond: Math.round(report.rowsRead / importSeconds),
      peakHeapMB: mb(peakHeap),
      peakWorkerHeapMB: mb(peakWorkers),
      peakRendererRssMB: mb(rss.peak),
      rendererRssMB: rss.fallback ? 'largest renderer (no new process found)' : Object.values(rss.peakByPid).map(mb),
      longestTaskMs: +Math.max(probeResult.longest, 0).toFixed(1),
      longestTimerGapMs: +probeResult.lag.toFixed(1),
      longTasks: probeResult.long,
      firstAnalysisSeconds: s3(tViews - tReady),
      loadColumnsMs: +first.loadMs.toFixed(1),
      summaryMs: +first.summaryMs.toFixed(1),
      allViewsMs: +(first.computeMs - first.summaryMs).toFixed(1)
    };
    if (importOnly) return result;

    // A threshold change: only ABC and what depends on it recompute.
    const recompute = [];
    for (const a of [0.7, 0.75, 0.8]) {
      const prev = await page.evaluate(() => window.kefen.app.result);
      await page.evaluate((value) => window.kefen.app.update('abc', { a: value }), a);
      await guard(page.waitForFunction((p) => window.kefen.app.result !== p && !window.kefen.app.analysing, prev, { polling: 10 })).catch(() => undefined);
      await guard(page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 }));
      recompute.push(await page.evaluate(() => window.kefen.app.timings.computeMs));
    }

    // The value forecast (BG/NBD + Gamma-Gamma, off until asked for): only its section is computed.
    const beforeModel = await page.evaluate(() => window.kefen.app.result);
    await page.evaluate(() => window.kefen.app.update('forecast', { enabled: true }));
    await guard(page.waitForFunction((p) => window.kefen.app.result !== p && !window.kefen.app.analysing, beforeModel, { timeout, polling: 10 }));
    const model = await page.evaluate(() => {
      const f = window.kefen.app.result?.forecast;
      return { computeMs: window.kefen.app.timings.computeMs, fitMs: (f?.bgnbd?.ms ?? NaN) + (f?.gammaGamma?.ms ?? 0), customers: f?.customers ?? 0 };
    });
    await page.evaluate(() => window.kefen.app.update('forecast', { enabled: false }));
    await guard(page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 }));

    // Change over time (cohorts, the ABC migration with its month ends, the backtest of every classifier), off until asked for.
    const beforeChange = await page.evaluate(() => window.kefen.app.result);
    await page.evaluate(() => window.kefen.app.update('change', { enabled: true }));
    await guard(page.waitForFunction((p) => window.kefen.app.result !== p && !window.kefen.app.analysing, beforeChange, { timeout, polling: 10 }));
    const change = await page.evaluate(() => {
      const c = window.kefen.app.result?.change;
      return { ms: c?.ms ?? null, computeMs: window.kefen.app.timings.computeMs, cohorts: c?.cohorts.cohorts.length ?? 0, snapshots: c?.migration.snapshots.length ?? 0 };
    });
    await page.evaluate(() => window.kefen.app.update('change', { enabled: false }));
    await guard(page.waitForFunction(() => !window.kefen.app.analysing, null, { polling: 10 }));

    // Reload: the stored dataset is listed and analysed again.
    const reloadSeconds = +(await timeReload(page, datasetId, guard, timeout)).toFixed(3);
    const reloaded = await page.evaluate(() => window.kefen.app.timings);

    return {
      ...result,
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
      reloadSeconds,
      // Of the reload: the columns read from IndexedDB, and the analysis (the rest is the page starting).
      reloadLoadColumnsMs: +(reloaded?.loadMs ?? NaN).toFixed(1),
      reloadComputeMs: +(reloaded?.computeMs ?? NaN).toFixed(1)
    };
  } finally {
    for (const stop of samplers) await stop();
    await close().catch(() => undefined);
  }
}
