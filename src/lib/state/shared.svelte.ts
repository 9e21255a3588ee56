import type { Table } from '../analysis/table.ts';
import type { AnalysisConfig } from '../analysis/analyze.ts';
import type { DatasetRecord } from '../data/db.ts';
import { listDatasets, loadTable, setSetting, storeTable } from '../data/datasets.ts';
import { app, mergeConfig } from './app.svelte.ts';
import { buildShareState } from '../share/buildShareState.ts';
import { decodeState, encodeState } from '../share/codec.ts';
import { matchesSource, sourceOf } from '../share/sourceOf.ts';
import { maxProjectChars, parseProject, projectFile } from '../share/project.ts';
import { recordFor } from '../share/recordFor.ts';
import type { ShareState } from '../share/shareState.ts';
import { isShareError, ShareError } from '../share/ShareError.ts';
import { nameOf } from './nameOf.svelte.ts';

/** A link that carried settings only: what it belongs to and, if one is stored, the matching dataset. */
export interface SettingsOnly {
  state: ShareState;
  match: DatasetRecord | null;
}

/**
 * Shared content in this browser: the link or project file being opened, its
 * in-memory table (read-only until saved), and what went wrong when it could not open.
 */
class SharedState {
  error = $state.raw<ShareError | null>(null);
  busy = $state(false);
  /** The in-memory table of a link or project file, while it is open read-only. */
  table = $state.raw<Table | null>(null);
  /** Where the open shared content came from ('link' or 'project'). */
  origin = $state<'link' | 'project' | null>(null);
  settingsOnly = $state.raw<SettingsOnly | null>(null);
  /** The last link decoded (so a hash change to the same link does not reopen it). */
  #lastLink: string | null = null;

  /** Decodes a link and opens its content; resolves with the view to show, or null when it could not open (see `error`). */
  async openLink(text: string): Promise<string | null> {
    if (text === this.#lastLink) return null;
    this.#lastLink = text;
    return this.#open(() => decodeState(text), 'link');
  }

  /** Reads a project file and opens it like a link. */
  async openProject(text: string): Promise<string | null> {
    return this.#open(async () => parseProject(text), 'project');
  }

  /** Opens a chosen project file; a file larger than the cap is refused before it is read. */
  async openProjectFile(file: Blob): Promise<string | null> {
    if (file.size > maxProjectChars * 3) {
      this.settingsOnly = null;
      this.error = new ShareError('share.error.tooLarge', `${file.size} bytes, the limit is ${maxProjectChars * 3}`);
      return null;
    }
    return this.openProject(await file.text());
  }

  async #open(read: () => Promise<ShareState>, origin: 'link' | 'project'): Promise<string | null> {
    this.busy = true;
    this.error = null;
    this.settingsOnly = null;
    try {
      const state = await read();
      const config = mergeConfig(state.config as Partial<AnalysisConfig>);
      if (!state.table) {
        const datasets = await listDatasets();
        const match = state.source ? (datasets.find((d) => matchesSource(d, state.source!)) ?? null) : null;
        this.settingsOnly = { state, match };
        return null;
      }
      const record = recordFor(`shared-${crypto.randomUUID()}`, state.name, state.table, origin === 'link' ? 'link' : 'project', Date.now(), state.label);
      this.table = state.table;
      this.origin = origin;
      app.openMemory(record, state.table, config);
      this.#lastLink = null;
      return state.view;
    } catch (error) {
      this.error = isShareError(error) ? error : new ShareError('share.error.invalid', String((error as Error)?.message ?? error));
      return null;
    } finally {
      this.busy = false;
    }
  }

  /** Applies the settings of a settings-only link to the stored dataset they belong to. */
  async applySettings(): Promise<void> {
    const pending = this.settingsOnly;
    if (!pending?.match) return;
    const config = mergeConfig(pending.state.config as Partial<AnalysisConfig>);
    await setSetting(`config:${pending.match.id}`, config);
    this.settingsOnly = null;
    await app.select(pending.match.id);
  }

  /** Saves the open shared dataset to this browser (IndexedDB) with its settings, and switches to it. */
  async save(): Promise<string | null> {
    const memory = app.memory;
    const table = this.table;
    if (!memory || !table) return null;
    this.busy = true;
    try {
      const id = crypto.randomUUID();
      const { status: _status, heartbeat: _heartbeat, columns: _columns, rows: _rows, bytes: _bytes, ...rest } = recordFor(id, memory.name, table, memory.source.name, Date.now(), memory.label);
      await storeTable({ ...rest }, table);
      await setSetting(`config:${id}`, $state.snapshot(app.config));
      this.dismiss();
      await app.refresh();
      await app.select(id);
      void app.saved();
      return id;
    } finally {
      this.busy = false;
    }
  }

  /** Leaves the shared dataset without saving it. */
  dismiss() {
    app.closeMemory();
    this.table = null;
    this.origin = null;
  }

  clearError() {
    this.error = null;
    this.settingsOnly = null;
  }

  /** The current dataset's table: the in-memory one when shared, else read from IndexedDB. */
  async currentTable(): Promise<Table | null> {
    if (app.readOnly) return this.table;
    return app.currentId ? loadTable(app.currentId) : null;
  }

  /** The state to share for the current dataset and view (data inside when it fits). */
  async currentState(view: string): Promise<ShareState | null> {
    const record = app.current;
    const table = await this.currentTable();
    if (!record || !table) return null;
    return buildShareState({ name: record.name, label: record.label, table, source: sourceOf(record) }, $state.snapshot(app.config) as AnalysisConfig, view);
  }

  /** A link (`#v2.…` appended to this page's address) for a state. */
  async link(state: ShareState): Promise<string> {
    const payload = await encodeState(state);
    return `${location.origin}${location.pathname}${location.search}#${payload}`;
  }

  /** The project file text of the current dataset (always with its data). */
  async project(view: string): Promise<{ name: string; text: string } | null> {
    const record = app.current;
    const table = await this.currentTable();
    if (!record || !table) return null;
    const text = await projectFile({ view, name: record.name, label: record.label, shape: table.shape, config: $state.snapshot(app.config) as AnalysisConfig, table });
    return { name: nameOf(record), text };
  }
}

export const shared = new SharedState();
