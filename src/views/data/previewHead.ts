/** Rows of the file the mapping screen shows (the preview reads more, to guess the columns). */
export const previewShown = 8;

/** The rows the preview table shows: the first `previewShown`; the caption counts these, not the rows read. */
export function previewHead<T>(rows: readonly T[]): T[] {
  return rows.slice(0, previewShown);
}
