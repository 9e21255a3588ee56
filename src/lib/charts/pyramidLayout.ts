/** One band of the drawn pyramid: its trapezoid and where its label goes. */
export interface PyramidBand {
  index: number;
  /** SVG polygon points, clockwise from top left. */
  points: string;
  top: number;
  bottom: number;
  /** Label anchor: to the right of the pyramid, vertically centred on the band. */
  labelX: number;
  labelY: number;
  /** Leader line from the band's right edge to the label. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * A pyramid of `count` bands of equal height, top band first: a trapezoid
 * narrowing from `baseWidth` at the bottom to `apexRatio` × baseWidth at the
 * top, centred at `cx`; labels sit in a column to the right.
 */
export function pyramidLayout(
  count: number,
  frame: { cx: number; top: number; height: number; baseWidth: number; labelX: number; apexRatio?: number }
): PyramidBand[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid band count: ${count}`);
  const { cx, top, height, baseWidth, labelX } = frame;
  const apex = frame.apexRatio ?? 0.14;
  const r = (v: number) => Math.round(v * 10) / 10;
  const half = (y: number) => (baseWidth / 2) * (apex + (1 - apex) * ((y - top) / height));
  const h = count ? height / count : 0;
  const gap = count > 1 ? Math.min(3, h * 0.08) : 0;
  const bands: PyramidBand[] = [];
  for (let k = 0; k < count; k++) {
    const y0 = top + k * h + (k ? gap / 2 : 0);
    const y1 = top + (k + 1) * h - (k < count - 1 ? gap / 2 : 0);
    const w0 = half(y0);
    const w1 = half(y1);
    const mid = (y0 + y1) / 2;
    bands.push({
      index: k,
      points: [`${r(cx - w0)},${r(y0)}`, `${r(cx + w0)},${r(y0)}`, `${r(cx + w1)},${r(y1)}`, `${r(cx - w1)},${r(y1)}`].join(' '),
      top: r(y0),
      bottom: r(y1),
      labelX: r(labelX),
      labelY: r(mid),
      leader: { x1: r(cx + half(mid) + 4), y1: r(mid), x2: r(labelX - 6), y2: r(mid) }
    });
  }
  return bands;
}
