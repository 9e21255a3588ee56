/** The rows of a virtual list to render: [start, end) with `overscan` extra rows each side, and the spacer heights around them. */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 8
): { start: number; end: number; padTop: number; padBottom: number } {
  if (!(rowHeight > 0)) throw new RangeError(`invalid row height: ${rowHeight}`);
  const n = Math.max(0, Math.floor(total));
  const top = Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0);
  const height = Math.max(0, Number.isFinite(viewportHeight) ? viewportHeight : 0);
  const first = Math.min(n, Math.floor(top / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(n, Math.ceil((top + height) / rowHeight) + overscan);
  const s = Math.min(start, end);
  return { start: s, end, padTop: s * rowHeight, padBottom: (n - end) * rowHeight };
}
