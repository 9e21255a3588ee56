/** Result of reading score bands typed by the user. */
export type BandsResult = { ok: true; bands: number[] } | { ok: false; received: string };

/** Reads score band lower bounds ("80, 60, 40, 0"): at least one number in [0, 100], strictly descending. */
export function parseBands(text: string): BandsResult {
  const parts = text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bands = parts.map(Number);
  const valid = bands.length > 0 && bands.every((v, i) => Number.isFinite(v) && v >= 0 && v <= 100 && (i === 0 || v < bands[i - 1]));
  return valid ? { ok: true, bands } : { ok: false, received: text };
}
