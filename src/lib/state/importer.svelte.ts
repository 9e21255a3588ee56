import type { DatasetReport } from '../data/db.ts';
import { WorkerChannel } from '../workers/client.ts';
import type { ImportRequest, ImportResponse, ImportSource, PreviewResult, WorkerError } from '../workers/protocol.ts';
import { app } from './app.svelte.ts';
import type { Mapping } from '../import/mapping.ts';
import { withFirstRow } from '../import/parseCsv.ts';
import { t } from './locale.svelte.ts';
import { translate } from '../i18n/messages.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';

type Progress = { rows: number; bytes: number; totalBytes: number; rowsPerSecond: number };

let channel: WorkerChannel<ImportRequest, ImportResponse> | null = null;
function worker() {
  channel ??= new WorkerChannel(new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' }));
  return channel;
}

/**
 * Starts the import worker before a file is chosen (its script, about 0.3 MB, loaded and compiled meanwhile) and has
 * it warm up its readers (the part workers too: each reads a made-up file once, so that its code is optimised).
 */
export function startImportWorker() {
  const c = worker();
  c.post({ type: 'warmUp', id: c.nextId() });
}

/** Asks the import worker for a preview (encoding, delimiter, headers, first rows, guessed mapping). */
export function requestPreview(source: ImportSource, encoding?: string): Promise<PreviewResult> {
  const c = worker();
  const id = c.nextId();
  return new Promise((resolve, reject) => {
    c.send({ type: 'preview', id, source, encoding }, (m) => {
      c.release(id);
      if (m.type === 'preview') resolve(m.preview);
      else if (m.type === 'error') reject(m.error);
    });
  });
}

/** Imports into IndexedDB through the worker; resolves with the new dataset id. */
export function runImport(
  source: ImportSource,
  mapping: unknown,
  name: string,
  options: { label?: GeneratedText | null; encoding?: string; delimiter?: string; handover?: MessagePort; onProgress?: (p: Progress) => void; onId?: (id: number) => void } = {}
): Promise<{ datasetId: string; report: DatasetReport } | null> {
  const c = worker();
  const id = c.nextId();
  options.onId?.(id);
  return new Promise((resolve, reject) => {
    const handover = options.handover;
    const request: ImportRequest = { type: 'import', id, source, mapping, name, ...(options.label !== undefined ? { label: options.label } : {}), encoding: options.encoding, delimiter: options.delimiter, handover };
    c.send(request, (m) => {
      if (m.type === 'progress') return options.onProgress?.(m);
      c.release(id);
      if (m.type === 'done') resolve({ datasetId: m.datasetId, report: m.report });
      else if (m.type === 'cancelled') resolve(null);
      else if (m.type === 'error') reject(m.error);
    }, handover ? [handover] : []);
  });
}

export function cancelImport(id: number) {
  worker().post({ type: 'cancel', id });
}

/** Imports the built-in samples on first start; returns the id of the one to open. */
export async function loadBuiltInSamples(): Promise<string | undefined> {
  let open: string | undefined;
  for (const sample of builtInSamples) {
    // resolved against the page: the worker would resolve a relative URL against its own script (assets/)
    const source: ImportSource = { kind: 'url', url: new URL(sample.url, document.baseURI).href, name: sample.file };
    const preview = await requestPreview(source);
    // Stored as what generates the name, so that it reads in the language of whoever looks at it.
    const done = await runImport(source, preview.mapping, translate('en', sample.label.key), { label: sample.label });
    if (done && sample.open) open = done.datasetId;
  }
  return open;
}

export const builtInSamples = [
  { file: 'changhai.csv', url: 'samples/changhai.csv', open: false, label: { key: 'sample.changhai.name' } },
  { file: 'synthetic.csv', url: 'samples/synthetic.csv', open: true, label: { key: 'sample.synthetic.name' } }
] satisfies { file: string; url: string; open: boolean; label: GeneratedText }[];

/** The Data page's import flow: choose → preview and mapping → import with progress → report. */
class ImporterState {
  stage = $state<'idle' | 'preview' | 'importing' | 'done'>('idle');
  source = $state.raw<ImportSource | null>(null);
  preview = $state.raw<PreviewResult | null>(null);
  mapping = $state.raw<unknown>(null);
  name = $state('');
  /** What generated the name, when it is kept as generated (a dataset imported again); a name the user types replaces it. */
  label: GeneratedText | null | undefined = undefined;
  encoding = $state<string | undefined>(undefined);
  progress = $state.raw<Progress | null>(null);
  started = $state(0);
  report = $state.raw<DatasetReport | null>(null);
  datasetId = $state<string | null>(null);
  error = $state.raw<WorkerError | null>(null);
  #importId = 0;

  async choose(source: ImportSource, encoding?: string) {
    this.error = null;
    this.source = source;
    this.encoding = encoding;
    this.label = undefined;
    this.name = source.kind === 'file' ? source.file.name.replace(/\.(csv|txt|tsv)$/i, '') : source.name;
    try {
      const preview = await requestPreview(source, encoding);
      const guessed = preview.mapping as Mapping;
      if (guessed.firstRowIsData && preview.firstRow) {
        // No header row: the worker numbers the columns in English; name them in the UI's language.
        const again = withFirstRow({ ...preview, firstRow: preview.firstRow, mapping: guessed }, true, (n) => t('data.mapping.columnN', { n }));
        Object.assign(preview, { headers: again.headers, rows: again.rows, dayOrder: again.dayOrder, mapping: again.mapping });
      }
      this.preview = preview;
      this.mapping = this.preview.mapping;
      this.stage = 'preview';
    } catch (e) {
      this.error = e as WorkerError;
      this.stage = 'idle';
    }
  }

  /** Starts the import of the previewed source; the new dataset's id, or null when it was cancelled or failed. */
  async confirm(): Promise<string | null> {
    if (!this.source || !this.preview) return null;
    this.stage = 'importing';
    this.error = null;
    this.progress = { rows: 0, bytes: 0, totalBytes: this.preview.size, rowsPerSecond: 0 };
    this.started = performance.now();
    try {
      const done = await runImport(this.source, $state.snapshot(this.mapping), this.name || 'data', {
        label: this.name ? this.label : undefined,
        encoding: this.preview.encoding,
        delimiter: this.preview.delimiter,
        handover: app.handoverPort(),
        onProgress: (p) => (this.progress = p),
        onId: (id) => (this.#importId = id)
      });
      if (!done) {
        this.stage = 'preview';
        return null;
      }
      this.report = done.report;
      this.datasetId = done.datasetId;
      // 'done' only once the new dataset is the current one: a setting changed from here on is its own.
      await app.refresh();
      await app.select(done.datasetId);
      this.stage = 'done';
      void app.saved();
      return done.datasetId;
    } catch (e) {
      this.error = e as WorkerError;
      this.stage = 'preview';
      return null;
    }
  }

  /**
   * Imports again with another mapping (e.g. a wider date range): the source of the last import, or
   * a file chosen again; the preview is read again, the mapping replaced, and the import started.
   * The dataset it `replaces` is deleted only once the new one is stored whole, so nothing is lost.
   */
  async importAgain(mapping: unknown, name: string, file?: File, replaces?: string, label?: GeneratedText | null) {
    const source: ImportSource | null = file ? { kind: 'file', file } : this.source;
    if (!source) return;
    const encoding = (mapping as { encoding?: string }).encoding;
    await this.choose(source, encoding);
    if (this.stage !== 'preview') return;
    this.mapping = mapping;
    this.name = name;
    this.label = label;
    const id = await this.confirm();
    if (id && replaces && id !== replaces) {
      await app.remove(replaces);
      await app.select(id);
    }
  }

  cancel() {
    if (this.#importId) cancelImport(this.#importId);
  }

  reset() {
    this.stage = 'idle';
    this.source = null;
    this.preview = null;
    this.mapping = null;
    this.report = null;
    this.error = null;
    this.progress = null;
  }
}

export const importer = new ImporterState();
