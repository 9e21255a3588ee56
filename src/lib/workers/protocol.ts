import type { AnalysisConfig, AnalysisResult } from '../analysis/analyze.ts';
import type { DatasetReport } from '../data/db.ts';
import type { Table } from '../analysis/table.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';
import type { PartJob, PartRead } from '../import/readPart.ts';

/** An error that crosses a worker boundary as data: a code with parameters, translated by the UI. */
export interface WorkerError {
  code: string;
  params?: Record<string, string | number>;
  /** Technical detail (the original exception message), shown small under the translated message. */
  detail?: string;
}

export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string; name: string } | { kind: 'url'; url: string; name: string };

export interface PreviewResult {
  encoding: string;
  hadBom: boolean;
  delimiter: string;
  headers: string[];
  rows: string[][];
  /** The first row as written (the header, or data when the mapping says firstRowIsData). */
  firstRow?: string[];
  /** The guessed mapping (src/lib/import/mapping.ts). */
  mapping: unknown;
  /** Day order inferred from the sample dates: 'dmy' | 'mdy' | 'ambiguous' | 'none'. */
  dayOrder: string;
  size: number;
  /** Set when the decoding may be wrong: characters it could not read, and the encodings that could be meant. */
  encodingNotice?: EncodingNotice;
}

/** Doubt about a preview's encoding, with a decoded line in each other encoding for the user to compare. */
export interface EncodingNotice {
  /** U+FFFD in the sampled bytes decoded with the preview's encoding. */
  replacements: number;
  /** The sample line as the preview's encoding reads it. */
  sample: string;
  alternatives: { encoding: string; sample: string }[];
}

export type ImportRequest =
  | { type: 'preview'; id: number; source: ImportSource; encoding?: string }
  /** `handover`: a port to the analysis worker, which is sent the stored table as soon as it is whole (no reading it back). */
  | { type: 'import'; id: number; source: ImportSource; mapping: unknown; name: string; label?: GeneratedText | null; encoding?: string; delimiter?: string; handover?: MessagePort }
  | { type: 'cancel'; id: number }
  /** Warm up the readers before a file is chosen (no answer). */
  | { type: 'warmUp'; id: number };

export type ImportResponse =
  | { type: 'preview'; id: number; preview: PreviewResult }
  | { type: 'progress'; id: number; rows: number; bytes: number; totalBytes: number; rowsPerSecond: number }
  | { type: 'done'; id: number; datasetId: string; report: DatasetReport }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; error: WorkerError };

/** The import worker asks a part worker to read one part of a file (parsePart.worker.ts); `warmUp`: only to compile the code, nothing is sent back but `warm`. */
export type PartRequest = PartJob & { warmUp?: boolean };

export type PartResponse =
  | { type: 'chunk'; chunk: Record<string, Int32Array | Float64Array>; labels: Record<string, string[]>; rows: number; bytes: number }
  | ({ type: 'done' } & PartRead)
  | { type: 'warm' }
  | { type: 'error'; error: WorkerError };

/**
 * How a result was had: columns loaded (ms), computed (ms, of which the summary); `handedOver` when the table came from
 * the import, `stored` when the result is the one kept for the same data, settings and engine (nothing loaded or computed).
 */
export interface AnalysisTimings {
  loadMs: number;
  computeMs: number;
  summaryMs: number;
  handedOver?: boolean;
  stored?: boolean;
}

export type AnalysisRequest =
  | { type: 'analyze'; id: number; datasetId: string; config: AnalysisConfig }
  | { type: 'forget'; id: number; datasetId: string }
  /** An in-memory dataset (opened from a share link or project file, not stored): analysed like a stored one under its id. */
  | { type: 'register'; id: number; datasetId: string; table: Table }
  /** A port on which the import worker sends a just-stored dataset's table (Handover), so that it need not be read back from IndexedDB. */
  | { type: 'handover'; id: number; port: MessagePort };

/** What arrives on a handover port: the table of a stored dataset, exactly as loadTable would read it. */
export interface Handover {
  datasetId: string;
  table: Table;
}

export type AnalysisResponse =
  | { type: 'result'; id: number; datasetId: string; result: AnalysisResult; timings: AnalysisTimings }
  | { type: 'error'; id: number; error: WorkerError };

/** Turns anything thrown into a WorkerError. */
export function toWorkerError(error: unknown, code = 'error.unexpected'): WorkerError {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as WorkerError).code === 'string') {
    const e = error as WorkerError & { message?: string };
    return { code: e.code, params: e.params, detail: e.detail ?? e.message };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message))) return { code: 'error.quota', detail };
  return { code, detail };
}

/** An error with a translatable code, thrown inside workers. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly params?: Record<string, string | number>,
    readonly detail?: string
  ) {
    super(code);
  }
}
