import { defaultConfig, mergeConfig } from '../analysis/defaults.ts';
import type { AnalysisConfig, AnalysisResult } from '../analysis/analyze.ts';
import type { DatasetRecord } from '../data/db.ts';
import type { Table } from '../analysis/table.ts';
import { deleteDataset, getSetting, listDatasets, removeOrphans, renameDataset, setSetting } from '../data/datasets.ts';
import { isStorageFull, persistence, type Persistence } from '../data/storageSpace.ts';
import { SpaceProbe } from '../data/SpaceProbe.ts';
import { WorkerChannel } from '../workers/client.ts';
import type { AnalysisRequest, AnalysisResponse, AnalysisTimings, WorkerError } from '../workers/protocol.ts';

export type ConfigSection = keyof AnalysisConfig;

/** Stored settings over the defaults (the one merge, shared with links and project files). */
export { mergeConfig };

/*
 * Room on the disk, probed before the database is touched (SpaceProbe). Chromium's database writes
 * on opening (it turns its log into a table) and on deleting; when such a write finds no space,
 * it drops the whole store. Measured on a 16 MB tmpfs: opened with 0 bytes free, or a deletion with
 * 1.3 MB free, lost every dataset.
 */
/** Bytes that must be free for the app to write (settings, small datasets); less starts it read-only. */
const startRoom = 8 * 1024 * 1024;
/** Bytes that must be free to open the database at all; less and the app leaves it closed until space is freed. */
const openRoom = 4 * 1024 * 1024;
/** Bytes that must be free to delete a dataset. */
const deleteRoom = 3 * 1024 * 1024;

/** The app: stored datasets, the current one, its analysis settings and result. */
class AppState {
  datasets = $state.raw<DatasetRecord[]>([]);
  currentId = $state<string | null>(null);
  config = $state.raw<AnalysisConfig>(defaultConfig());
  result = $state.raw<AnalysisResult | null>(null);
  resultFor = $state<string | null>(null);
  analysing = $state(false);
  error = $state.raw<WorkerError | null>(null);
  ready = $state(false);
  /**
   * The browser's storage is full: the app runs read-only (datasets open and can be deleted, nothing
   * new is stored) and says to free space or delete a dataset. Cleared when a dataset is deleted.
   */
  storageFull = $state(false);
  /** The disk is so full that the database is not even opened (opening it writes): reload once space is freed. */
  storageClosed = $state(false);
  /** Whether the browser keeps the stored datasets under storage pressure (asked when the user first saves a dataset). */
  persistence = $state<Persistence | null>(null);
  #askedPersistence = false;
  #savedCurrent: string | undefined;
  /** Milliseconds of the last analysis in the worker (shown to the curious). */
  timings = $state.raw<AnalysisTimings | null>(null);

  /** A dataset opened from a share link or project file: analysed in memory, read-only until saved. */
  memory = $state.raw<DatasetRecord | null>(null);
  current = $derived(this.memory && this.memory.id === this.currentId ? this.memory : (this.datasets.find((d) => d.id === this.currentId) ?? null));
  readOnly = $derived(this.memory !== null && this.memory.id === this.currentId);

  #channel: WorkerChannel<AnalysisRequest, AnalysisResponse> | null = null;
  #pending = 0;
  /** The dataset whose stored settings are being read, and the changes made meanwhile. */
  #loadingConfig: string | null = null;
  #heldPatches: (() => void)[] = [];

  #worker() {
    this.#channel ??= new WorkerChannel(new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module' }));
    return this.#channel;
  }

  async refresh() {
    this.datasets = await listDatasets();
    if (this.currentId && !this.datasets.some((d) => d.id === this.currentId)) this.currentId = null;
  }

  /**
   * Starts the app: leftovers of dead imports are removed (listDatasets), the samples stored on first
   * start, the last dataset opened. A full disk does not stop it: it starts read-only (storageFull).
   */
  async init(loadSamples: () => Promise<string | undefined>) {
    // Started first, it touches no storage until asked: its script loads and compiles while the disk is probed and the datasets listed.
    this.#worker();
    try {
      // A full disk is found before the database is touched (a write that fails inside it can cost every dataset).
      if ((await SpaceProbe.roomFor(startRoom)) === false) {
        this.storageFull = true;
        if ((await SpaceProbe.roomFor(openRoom)) === false) {
          this.storageClosed = true;
          return;
        }
      }
      await removeOrphans().catch((e) => this.#noteFull(e));
      await this.refresh();
      if (!this.datasets.length) {
        const id = await loadSamples().catch((e) => this.#noteFull(e));
        await this.refresh();
        if (id) await this.select(id);
      } else {
        const last = await getSetting<string>('currentDataset');
        this.#savedCurrent = last;
        await this.select(last && this.datasets.some((d) => d.id === last) ? last : this.datasets[0].id);
      }
    } finally {
      this.ready = true;
    }
    this.persistence = await persistence(false);
  }

  /** A failed write: a full disk turns the app read-only, anything else is thrown on. */
  #noteFull(error: unknown): undefined {
    if (!isStorageFull(error)) throw error;
    this.storageFull = true;
    return undefined;
  }

  /** Stores a setting; on a full disk the app goes read-only instead of failing. */
  async #save(key: string, value: unknown) {
    try {
      await setSetting(key, value);
    } catch (error) {
      this.#noteFull(error);
    }
  }

  /** Notes that the user saved a dataset: the first time, the browser is asked to keep the stored datasets (persistent storage). */
  async saved() {
    this.storageFull = false;
    if (this.#askedPersistence || this.persistence === 'persistent') return;
    this.#askedPersistence = true;
    this.persistence = await persistence(true);
  }

  /** Opens an in-memory dataset (not stored) with the given settings; it stays read-only until saved. */
  openMemory(record: DatasetRecord, table: Table, config: AnalysisConfig) {
    const channel = this.#worker();
    if (this.memory) channel.post({ type: 'forget', id: 0, datasetId: this.memory.id });
    channel.post({ type: 'register', id: channel.nextId(), datasetId: record.id, table });
    this.memory = record;
    this.currentId = record.id;
    this.result = null;
    this.resultFor = null;
    this.error = null;
    this.config = mergeConfig(config);
    this.ready = true;
    this.analyse();
  }

  /** Leaves the in-memory dataset (after saving it, or to discard it). */
  closeMemory() {
    if (this.memory) this.#channel?.post({ type: 'forget', id: 0, datasetId: this.memory.id });
    this.memory = null;
  }

  async select(id: string | null) {
    if (this.memory && id !== this.memory.id) this.closeMemory();
    this.currentId = id;
    this.#loadingConfig = null;
    this.#heldPatches = [];
    this.result = null;
    this.resultFor = null;
    this.error = null;
    if (!id) return;
    this.#loadingConfig = id;
    if (this.#savedCurrent !== id) {
      this.#savedCurrent = id;
      await this.#save('currentDataset', id);
    }
    const stored = await getSetting<Partial<AnalysisConfig>>(`config:${id}`);
    if (this.currentId !== id) return; // another dataset was chosen meanwhile
    this.#loadingConfig = null;
    this.config = mergeConfig(stored);
    // Changes made while the stored settings were read apply on top of them, not on the previous dataset's.
    const patches = this.#heldPatches.splice(0);
    for (const apply of patches) apply();
    this.analyse();
    // Stored before select() resolves: a page closed or reloaded right after still finds them.
    if (patches.length && !this.readOnly) await this.#save(`config:${id}`, $state.snapshot(this.config));
  }

  /** Changes one section of the settings; the worker recomputes what depends on it. */
  update<K extends ConfigSection>(section: K, patch: Partial<AnalysisConfig[K]>) {
    const apply = () => (this.config = { ...this.config, [section]: { ...this.config[section], ...patch } });
    if (this.#loadingConfig !== null && this.#loadingConfig === this.currentId) {
      this.#heldPatches.push(apply);
      return;
    }
    apply();
    if (this.currentId && !this.readOnly) void this.#save(`config:${this.currentId}`, $state.snapshot(this.config));
    this.analyse();
  }

  replaceConfig(config: AnalysisConfig) {
    if (this.#loadingConfig !== null && this.#loadingConfig === this.currentId) {
      this.#heldPatches.push(() => (this.config = config));
      return;
    }
    this.config = config;
    if (this.currentId && !this.readOnly) void this.#save(`config:${this.currentId}`, config);
    this.analyse();
  }

  /**
   * A port for the import worker: the table of the dataset it stores is sent to the analysis worker
   * through it, so the first analysis after an import does not read the dataset back.
   */
  handoverPort(): MessagePort {
    const { port1, port2 } = new MessageChannel();
    this.#worker().post({ type: 'handover', id: 0, port: port2 }, [port2]);
    return port1;
  }

  analyse() {
    const datasetId = this.currentId;
    if (!datasetId) return;
    const channel = this.#worker();
    const id = channel.nextId();
    if (this.#pending) channel.release(this.#pending);
    this.#pending = id;
    this.analysing = true;
    channel.send({ type: 'analyze', id, datasetId, config: $state.snapshot(this.config) as AnalysisConfig }, (message) => {
      channel.release(id);
      if (id !== this.#pending) return; // a newer request is under way
      this.#pending = 0;
      this.analysing = false;
      if (message.type === 'result') {
        this.result = message.result;
        this.resultFor = message.datasetId;
        this.timings = message.timings;
        this.error = null;
      } else if (message.type === 'error') {
        this.error = message.error;
      }
    });
  }

  async rename(id: string, name: string) {
    await renameDataset(id, name);
    await this.refresh();
  }

  /** Set when a dataset could not be deleted because the disk has not even the room a deletion writes. */
  deleteBlocked = $state(false);

  async remove(id: string) {
    // A deletion writes too (the database's log): on a disk full to the last byte it would fail inside the database.
    this.deleteBlocked = (await SpaceProbe.roomFor(deleteRoom)) === false;
    if (this.deleteBlocked) return;
    this.#channel?.post({ type: 'forget', id: 0, datasetId: id });
    await deleteDataset(id);
    // Space was freed: writing is tried again (a write that still fails turns the app read-only again).
    this.storageFull = false;
    await this.refresh();
    if (this.currentId === null || this.currentId === id) await this.select(this.datasets[0]?.id ?? null);
  }
}

export const app = new AppState();
