/** A scale an axis can draw: continuous (has ticks) or band (has bandwidth). */
export interface AxisScale {
  (value: never): number | undefined;
  domain(): unknown[];
  range(): number[];
  ticks?: (count?: number) => unknown[];
  bandwidth?: () => number;
}

export interface AxisTick {
  /** Pixel position along the axis. */
  pos: number;
  label: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The ticks of an axis (positions rounded to 0.1 px): d3's nice ticks for continuous scales, every domain
 * value (at the band centre) for band scales, thinned to at most `count` (0: none, as for an axis of 0 customers).
 */
export function axisTicks(scale: AxisScale, count = 6, format: (value: never) => string = (v) => String(v)): AxisTick[] {
  if (!(count >= 0)) throw new RangeError(`invalid tick count: ${count}`);
  if (count < 1) return [];
  const call = scale as unknown as (v: unknown) => number | undefined;
  const fmt = format as unknown as (v: unknown) => string;
  if (typeof scale.bandwidth === 'function') {
    const domain = scale.domain();
    const step = Math.max(1, Math.ceil(domain.length / count));
    const half = scale.bandwidth() / 2;
    const out: AxisTick[] = [];
    for (let i = 0; i < domain.length; i += step) {
      const p = call(domain[i]);
      if (p !== undefined) out.push({ pos: round(p + half), label: fmt(domain[i]) });
    }
    return out;
  }
  if (typeof scale.ticks !== 'function') throw new TypeError('invalid scale: neither ticks() nor bandwidth()');
  return scale.ticks(count).flatMap((v) => {
    const p = call(v);
    return p === undefined || !Number.isFinite(p) ? [] : [{ pos: round(p), label: fmt(v) }];
  });
}

/**
 * The items whose labels do not overlap the label kept before them, in order (either direction along the axis):
 * a label centred at `pos` is `size` pixels long along the axis, and kept labels are at least `gap` pixels apart.
 * The first is always kept.
 */
export function thinLabels<T>(items: readonly T[], pos: (item: T) => number, size: (item: T) => number, gap = 6): T[] {
  const out: T[] = [];
  let last = 0;
  let lastHalf = 0;
  for (const item of items) {
    const p = pos(item);
    const half = size(item) / 2;
    if (out.length && Math.abs(p - last) < lastHalf + half + gap) continue;
    out.push(item);
    last = p;
    lastHalf = half;
  }
  return out;
}
