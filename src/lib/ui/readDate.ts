/** What a typed date reads as: nothing (the default), an ISO date, or why it cannot be used. */
export type ReadDate = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' } | { kind: 'beforeMin' } | { kind: 'afterMax' };

/**
 * Reads a date typed as yyyy-mm-dd, yyyy/m/d, yyyy.m.d or yyyy年m月d日 (spaces ignored) into its ISO form,
 * checking that the day exists and that it lies within [min, max] (ISO dates; either may be absent).
 */
export function readDate(text: string, min?: string, max?: string): ReadDate {
  const s = text.replace(/\s+/g, '');
  if (!s) return { kind: 'empty' };
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return { kind: 'invalid' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { kind: 'invalid' };
  const iso = `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (min && iso < min) return { kind: 'beforeMin' };
  if (max && iso > max) return { kind: 'afterMax' };
  return { kind: 'date', iso };
}
