import { getContext, setContext } from 'svelte';

/** A colour of a chart with its name, as its legend shows it (and an exported image repeats it). */
export interface LegendItem {
  name: string;
  colour: string;
}

/** What a ChartFrame shares with the chart inside it: its measured width, and the legend the chart registers. */
export interface FrameState {
  /** The frame's content width in CSS pixels, once measured (null before, or outside a frame). */
  readonly width: number | null;
  legend: LegendItem[];
}

const key = Symbol('chart-frame');

export function provideFrame(state: FrameState): void {
  setContext(key, state);
}

/** The frame around the calling chart, if any. */
export function frame(): FrameState | undefined {
  return getContext<FrameState | undefined>(key);
}

/**
 * The width a chart lays out at: its design width, or the frame's measured width when that is smaller (a phone),
 * never below `min`. Laid out at its real width, a chart's text keeps its size on screen instead of shrinking with
 * the viewBox.
 */
export function layoutWidth(design: number, measured: number | null | undefined, min = 200): number {
  if (!(measured !== null && measured !== undefined && measured > 0)) return design;
  return Math.max(Math.min(min, design), Math.min(design, Math.floor(measured)));
}

/** Registers the chart's legend with its frame while the chart is shown (for the exported image). */
export function useLegend(items: () => LegendItem[]): void {
  const f = frame();
  if (!f) return;
  $effect(() => {
    f.legend = items();
    return () => {
      f.legend = [];
    };
  });
}
