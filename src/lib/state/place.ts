/** Where the user was: the dataset, the view and each view's inner tab, remembered to resume there on reopening. */
export interface Place {
  dataset: string | null;
  view: string;
  /** Inner tab per view key (e.g. rfm → 'eight'). */
  tabs: Record<string, string>;
}

const key = /^[\w-]{1,80}$/;

/** A remembered place read back from storage; null when absent or not a place (storage is not trusted). */
export function readPlace(text: string | null): Place | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { dataset, view, tabs } = value as Record<string, unknown>;
  if (typeof view !== 'string' || !key.test(view)) return null;
  if (dataset !== null && (typeof dataset !== 'string' || dataset.length > 200)) return null;
  const kept: Record<string, string> = {};
  if (tabs && typeof tabs === 'object')
    for (const [k, v] of Object.entries(tabs as Record<string, unknown>)) if (key.test(k) && typeof v === 'string' && key.test(v)) kept[k] = v;
  return { dataset, view, tabs: kept };
}

/**
 * The view to reopen on: the remembered one when it is a known view and its dataset is the one
 * opened (so it still exists), else 'data'.
 */
export function resumeView(place: Place | null, openedDataset: string | null, datasetIds: readonly string[], views: readonly string[]): string {
  if (!place || !views.includes(place.view)) return 'data';
  if (place.dataset === null || place.dataset !== openedDataset || !datasetIds.includes(place.dataset)) return 'data';
  return place.view;
}

/** The remembered tab of a view when it is one of its tabs, else the first. */
export function tabOf<T extends string>(place: Place | null, view: string, tabs: readonly T[]): T {
  const saved = place?.tabs[view];
  return (tabs as readonly string[]).includes(saved ?? '') ? (saved as T) : tabs[0];
}
