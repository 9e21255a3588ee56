import { interpolateRgb, interpolateRgbBasis } from 'd3';

/*
 * Colour-blind safe colours (Okabe–Ito for categories; viridis-like and a
 * blue–orange diverging ramp for quantities). Marks always carry a text label
 * as well, so colour is never the only cue.
 */

/** Okabe–Ito categorical colours (black omitted: used for text). */
export const categorical: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/** ABC class colours: A blue, B orange, C grey. */
export const classColors: Readonly<Record<string, string>> = { A: '#0072B2', B: '#E69F00', C: '#9AA3B2' };

/** Colour of ABC class code 0, 1 or 2 (AbcResult.cls). */
export function classColor(code: number): string {
  return [classColors.A, classColors.B, classColors.C][code] ?? classColors.C;
}

/** The i-th categorical colour, cycling. */
export function categoricalColor(i: number): string {
  const n = categorical.length;
  return categorical[((i % n) + n) % n];
}

const viridis = interpolateRgbBasis(['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725']);
const blueOrange = interpolateRgbBasis(['#2166ac', '#92c5de', '#f7f7f7', '#fdb863', '#b35806']);

function clamp01(t: number): number {
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
}

/** Sequential colour for t in [0, 1] (viridis-like; dark = low). */
export function sequential(t: number): string {
  return viridis(clamp01(t));
}

const blues = interpolateRgb('#f1f5fb', '#08306b');

/** Single-hue sequential colour for t in [0, 1]: near white (low) to dark blue (high), for tables of counts and shares. */
export function sequentialBlue(t: number): string {
  return blues(clamp01(t));
}

/** Diverging colour for t in [−1, 1] (blue negative, light grey zero, orange positive). */
export function diverging(t: number): string {
  return blueOrange(clamp01((t + 1) / 2));
}

/** Black or white, whichever reads better on the given hex background. */
export function textOn(background: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background.trim());
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.32 ? '#000000' : '#ffffff';
}
