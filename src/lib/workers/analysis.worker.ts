/// <reference lib="webworker" />
import { Analyzer, type AnalysisConfig, type AnalysisResult } from '../analysis/analyze.ts';
import { analysisColumns, loadTable, storedResult, storeResult } from '../data/datasets.ts';
import { SpaceProbe } from '../data/SpaceProbe.ts';
import { approximateBytes, spareShare } from '../data/storageSpace.ts';
import type { AnalysisRequest, AnalysisResponse, Handover } from './protocol.ts';
import { toWorkerError } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const analyzers = new Map<string, Promise<Analyzer>>();
/** In-memory datasets (share links, project files) by id; they are never stored. */
const registered = new Map<string, Analyzer>();
let latest = 0;
/** Datasets whose table came over a handover port (not read from IndexedDB). */
const handedOver = new Set<string>();

function analyzerFor(datasetId: string): Promise<Analyzer> {
  const memory = registered.get(datasetId);
  if (memory) return Promise.resolve(memory);
  let found = analyzers.get(datasetId);
  if (!found) {
    // Keep one dataset in memory at a time: switching datasets frees the previous one.
    analyzers.clear();
    handedOver.clear();
    found = loadTable(datasetId, analysisColumns).then((table) => new Analyzer(table));
    found.catch(() => analyzers.delete(datasetId));
    analyzers.set(datasetId, found);
  }
  return found;
}

/**
 * What a stored dataset's result depends on besides its data: the settings, and the engine's code, named by this
 * worker's script (whose file name carries a hash of its code in a build; in development every start is new).
 */
const engine = import.meta.env.DEV ? `dev ${Date.now()}` : scope.location.pathname;
const resultKey = (config: AnalysisConfig) => `${engine}\n${JSON.stringify(config)}`;

async function analyze(request: Extract<AnalysisRequest, { type: 'analyze' }>) {
  const t0 = performance.now();
  const config = request.config as AnalysisConfig;
  const stored = !registered.has(request.datasetId) && !analyzers.has(request.datasetId);
  if (stored) {
    // A dataset reopened with settings it was analysed with before: that result at once, the columns read behind it.
    const result = await storedResult<AnalysisResult>(request.datasetId, resultKey(config)).catch(() => undefined);
    if (result) {
      analyzerFor(request.datasetId).catch(() => undefined); // a failure is met again, and reported, by the next request
      if (request.id !== latest) return;
      const message: AnalysisResponse = { type: 'result', id: request.id, datasetId: request.datasetId, result, timings: { loadMs: 0, computeMs: 0, summaryMs: 0, stored: true } };
      scope.postMessage(message);
      return;
    }
  }
  const analyzer = await analyzerFor(request.datasetId);
  if (request.id !== latest) return; // superseded while loading
  const t1 = performance.now();
  const { result, summaryMs } = analyzer.run(config);
  const t2 = performance.now();
  if (request.id !== latest) return;
  const message: AnalysisResponse = {
    type: 'result',
    id: request.id,
    datasetId: request.datasetId,
    result,
    timings: { loadMs: t1 - t0, computeMs: t2 - t1, summaryMs, handedOver: handedOver.has(request.datasetId) }
  };
  scope.postMessage(message);
  if (!registered.has(request.datasetId)) keep(request.datasetId, resultKey(config), result);
}

/** Results of more customers than this are not kept (their copy would cost more than computing them again). */
const keptCustomersAtMost = 100_000;

/**
 * Keeps a result for the next time its dataset is opened (written once per settings; see storeResult); a store that
 * fails only means computing it again then. Written at once, not after a pause: a page closed right after a change
 * back to earlier settings finds the result written when they were first computed. Only after the disk is shown
 * to have room for it (SpaceProbe.roomFor; without that proof, not at all): a commit that meets a full disk can
 * cost every dataset, and a result is never worth that.
 */
function keep(datasetId: string, key: string, result: AnalysisResult) {
  if (!(result.summary.stats.customers <= keptCustomersAtMost)) return;
  const room = async () => (await SpaceProbe.roomFor(Math.ceil(approximateBytes(result) * (1 + spareShare)) + SpaceProbe.margin)) === true;
  storeResult(datasetId, key, () => result, room).catch(() => undefined);
}

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.type === 'forget') {
    analyzers.delete(request.datasetId);
    registered.delete(request.datasetId);
    return;
  }
  if (request.type === 'register') {
    registered.set(request.datasetId, new Analyzer(request.table));
    return;
  }
  if (request.type === 'handover') {
    const port = request.port;
    port.onmessage = (event: MessageEvent<Handover>) => {
      port.close();
      // The dataset just imported becomes the one in memory, as if loaded (loadTable gives the same table).
      analyzers.clear();
      handedOver.clear();
      analyzers.set(event.data.datasetId, Promise.resolve(new Analyzer(event.data.table)));
      handedOver.add(event.data.datasetId);
    };
    return;
  }
  latest = request.id;
  // Yield once so that a burst of setting changes only computes the last one.
  setTimeout(() => {
    if (request.id !== latest) return;
    analyze(request).catch((error) => {
      const message: AnalysisResponse = { type: 'error', id: request.id, error: toWorkerError(error, 'error.analysis') };
      scope.postMessage(message);
    });
  }, 0);
};
