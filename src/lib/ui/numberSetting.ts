import type { EngineMessage } from '../analysis/types.ts';

/** Limits of a numeric setting typed by the user. */
export interface NumberLimits {
  min: number;
  max?: number;
  /** Only whole numbers. */
  integer?: boolean;
}

/**
 * Checks a number typed into a setting field: finite, within [min, max], whole when required.
 * Returns the value or an error message (code `errorCode`, params value/min/max) to show beside the field.
 */
export function numberSetting(raw: number | string | null | undefined, limits: NumberLimits, errorCode: string): { value: number } | { error: EngineMessage } {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  const value = typeof raw === 'number' ? raw : text === '' ? NaN : Number(text);
  const ok =
    Number.isFinite(value) &&
    value >= limits.min &&
    (limits.max === undefined || value <= limits.max) &&
    (!limits.integer || Number.isInteger(value));
  if (ok) return { value };
  const params: Record<string, string | number> = { value: text === '' ? '—' : text, min: limits.min };
  if (limits.max !== undefined) params.max = limits.max;
  return { error: { code: errorCode, params } };
}
