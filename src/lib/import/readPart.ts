import { createDecoder, type Encoding } from './encoding.ts';
import type { Mapping } from './mapping.ts';
import type { PartOutcome } from './mergeParts.ts';
import { parseFile } from './streamParse.ts';
import { TableBuilder, type BuiltColumn } from './TableBuilder.ts';

/** One part of a file to read: bytes [start, end), cut right after a line end (partStarts). */
export interface PartJob {
  file: Blob;
  start: number;
  end: number;
  /** Whether this is the file's first part (its header row, its byte-order mark). */
  first: boolean;
  encoding: Encoding;
  delimiter: string;
  mapping: Mapping;
  headers: string[];
  today: number;
}

export interface PartRead {
  outcome: PartOutcome;
  columns: BuiltColumn[];
  headerSkipped: boolean;
}

/**
 * Reads one part into typed columns with codes of its own, its rows numbered from line 1 of the
 * part; each block's chunk and the labels it added go to `onChunk` as soon as they are read. Run
 * by the part workers, and by the import worker itself for the first part.
 */
export async function readPart(job: PartJob, onChunk: (chunk: Record<string, Int32Array | Float64Array>, labels: Record<string, string[]>, rows: number, bytes: number) => Promise<void> | void): Promise<PartRead> {
  const builder = new TableBuilder({ ...job.mapping, delimiter: job.delimiter }, job.headers, { today: job.today, lines: true });
  const options = {
    delimiter: job.delimiter,
    firstLine: 1,
    skipHeader: job.first && job.mapping.firstRowIsData !== true,
    onBlock: (bytes: number) => onChunk(builder.takeChunk(), builder.takeLabels(), builder.rowsRead, bytes)
  };
  const read = await parseFile(builder, job.file, job.start, job.end, { encoding: job.encoding, keepBom: !job.first }, options);
  const finished = builder.finish();
  return {
    outcome: { report: finished.report, state: builder.partState(), lines: read.lines, quotes: read.quotes, replacements: read.replacements },
    columns: finished.columns,
    headerSkipped: read.headerSkipped
  };
}
