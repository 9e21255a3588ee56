/// <reference lib="webworker" />
import { Analyzer, type AnalysisConfig } from '../analysis/analyze.ts';
import { analysisColumns, loadTable } from '../data/datasets.ts';
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

async function analyze(request: Extract<AnalysisRequest, { type: 'analyze' }>) {
  const t0 = performance.now();
  const analyzer = await analyzerFor(request.datasetId);
  if (request.id !== latest) return; // superseded while loading
  const t1 = performance.now();
  const { result, summaryMs } = analyzer.run(request.config as AnalysisConfig);
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
