/** Result of reading a list of cut points typed by the user. */
export type CutsResult = { ok: true; cuts: number[] } | { ok: false; error: 'count' | 'number' | 'order'; received: string };

/**
 * Reads k − 1 cut points from text ("7, 30, 60, 120"; commas, spaces, 、 or full-width commas between values),
 * strictly increasing or strictly decreasing.
 */
export function parseCuts(text: string, k: number): CutsResult {
  const parts = text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const cuts = parts.map((s) => Number(s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
  if (cuts.some((v) => !Number.isFinite(v))) return { ok: false, error: 'number', received: text };
  if (cuts.length !== k - 1) return { ok: false, error: 'count', received: text };
  const up = cuts.every((v, i) => i === 0 || v > cuts[i - 1]);
  const down = cuts.every((v, i) => i === 0 || v < cuts[i - 1]);
  if (!up && !down) return { ok: false, error: 'order', received: text };
  return { ok: true, cuts };
}
