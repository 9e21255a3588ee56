/// <reference lib="webworker" />
import { createDecoder } from '../import/encoding.ts';
import { parseStream, piecesOf } from '../import/streamParse.ts';
import { TableBuilder } from '../import/TableBuilder.ts';
import { toWorkerError, type PartRequest, type PartResponse } from './protocol.ts';

/**
 * Reads one part of a file (bytes start to end, cut right after a line end) into typed columns with
 * codes of its own, for the import worker, which merges the parts in file order (mergeParts.ts).
 * Rows are numbered from line 1 of the part; each block's chunk and the labels it added are sent
 * (their buffers transferred, not copied) as soon as they are read.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: PartResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<PartRequest>) => {
  const r = event.data;
  try {
    const builder = new TableBuilder({ ...r.mapping, delimiter: r.delimiter }, r.headers, { today: r.today, lines: true });
    const read = await parseStream(builder, piecesOf(r.file.slice(r.start, r.end).stream()), createDecoder(r.encoding, { keepBom: !r.first }), {
      delimiter: r.delimiter,
      firstLine: 1,
      skipHeader: r.first && r.mapping.firstRowIsData !== true,
      onBlock: (bytes) => {
        const chunk = builder.takeChunk();
        const labels = builder.takeLabels();
        post({ type: 'chunk', chunk, labels, rows: builder.rowsRead, bytes }, Object.values(chunk).map((c) => c.buffer));
      }
    });
    const finished = builder.finish();
    post({
      type: 'done',
      outcome: { report: finished.report, state: builder.partState(), lines: read.lines, quotes: read.quotes, replacements: read.replacements },
      columns: finished.columns,
      headerSkipped: read.headerSkipped
    });
  } catch (error) {
    post({ type: 'error', error: toWorkerError(error, 'error.unexpected') });
  }
};
