import { readPlace, resumeView, tabOf, type Place } from './place.ts';

const placeKey = 'kefen.place';

function storedPlace(): Place | null {
  try {
    return readPlace(localStorage.getItem(placeKey));
  } catch {
    return null; // storage unavailable (private mode): nothing to resume
  }
}

/**
 * The current page, kept in the URL hash as `#/view`; `#v2.…` is a share link. Where the user
 * was (dataset, view, inner tab) is remembered in localStorage, and a start on a URL that names no
 * view resumes there (`resume`, once the app knows which dataset it opened).
 */
class RouteState {
  view = $state('data');
  share = $state<string | null>(null);
  /** The address named a view or carried a share link when the app started: that wins over the remembered place. */
  named = false;
  #remembered: Place | null = null;
  #tabs: Record<string, string> = {};
  #resumed = $state(false);

  constructor() {
    if (typeof window === 'undefined') return;
    this.#remembered = storedPlace();
    this.#tabs = { ...(this.#remembered?.tabs ?? {}) };
    this.named = /^#([vV]\d|\/[\w-]+)/.test(window.location.hash);
    this.#read();
    // Shown at once, confirmed (or sent to Data) by `resume` when the datasets are known.
    if (!this.named && this.#remembered) this.view = this.#remembered.view;
    window.addEventListener('hashchange', () => this.#read());
  }

  #read() {
    const hash = window.location.hash;
    // `#v2.…`; also `#V2.…` and other versions, so that the share banner can say what is wrong with them.
    if (/^#[vV]\d/.test(hash)) {
      this.share = hash.slice(1);
      return;
    }
    const m = /^#\/([\w-]+)/.exec(hash);
    this.view = m ? m[1] : 'data';
  }

  go(view: string) {
    this.view = view;
    this.share = null;
    if (window.location.hash !== `#/${view}`) history.pushState(null, '', `#/${view}`);
  }

  /**
   * On start, when the address named no view: the remembered view if its dataset is the one opened
   * (so it was not deleted), else Data. Runs once.
   */
  resume(openedDataset: string | null, datasetIds: readonly string[], views: readonly string[]) {
    if (this.#resumed) return;
    this.#resumed = true;
    if (this.named) return;
    const view = resumeView(this.#remembered, openedDataset, datasetIds, views);
    this.view = view;
    if (view !== 'data') history.replaceState(null, '', `#/${view}`);
  }

  /** Whether `resume` has run (the place is remembered only after it, so a start does not overwrite it). */
  get resumed() {
    return this.#resumed;
  }

  /** The remembered inner tab of a view, when it is one of `tabs`; else the first. */
  tab<T extends string>(view: string, tabs: readonly T[]): T {
    return tabOf({ dataset: null, view, tabs: this.#tabs }, view, tabs);
  }

  setTab(view: string, tab: string) {
    this.#tabs = { ...this.#tabs, [view]: tab };
    this.#tabsVersion++;
  }

  /** Changes when a tab is set, so that the remembering effect runs. */
  #tabsVersion = $state(0);

  /** Stores where the user is now (called by the app whenever the dataset, view or a tab changes). */
  remember(dataset: string | null) {
    void this.#tabsVersion;
    if (!this.#resumed) return;
    const place: Place = { dataset, view: this.view, tabs: this.#tabs };
    try {
      localStorage.setItem(placeKey, JSON.stringify(place));
    } catch {
      // not remembered (storage full or unavailable): the app works on
    }
  }
}

export const route = new RouteState();
