/// <reference lib="webworker" />
import { readPart } from '../import/readPart.ts';
import { toWorkerError, type PartRequest, type PartResponse } from './protocol.ts';

/**
 * Reads one part of a file for the import worker (readPart), which merges the parts in file order
 * (mergeParts.ts). Each block's chunk and the labels it added are sent as soon as they are read,
 * their buffers transferred, not copied. A warm-up request reads the file's head and sends nothing
 * but `warm`: the code is compiled and optimised before the rows that count arrive.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: PartResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<PartRequest>) => {
  const r = event.data;
  try {
    const read = await readPart(r, (chunk, labels, rows, bytes) => {
      if (!r.warmUp) post({ type: 'chunk', chunk, labels, rows, bytes }, Object.values(chunk).map((c) => c.buffer));
    });
    post(r.warmUp ? { type: 'warm' } : { type: 'done', ...read });
  } catch (error) {
    post(r.warmUp ? { type: 'warm' } : { type: 'error', error: toWorkerError(error, 'error.unexpected') });
  }
};
