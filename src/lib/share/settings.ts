import type { z } from 'zod';
import { dayOfIso } from '../analysis/day.ts';

/*
 * The rules of the analysis settings, shared by share links, project files (through the zod schema of
 * schema.ts, whose fields use these predicates and message keys) and the command line (src/cli/parseCliArgs.ts
 * calls the same predicates for its options and `checkSettings` on the whole result). A value the command line
 * refuses is refused by a link and a project file, and the other way round; the messages (settings.* in the
 * share catalogue) say the same rule in en and zh.
 */

/** The limits of the settings. */
export const settingsLimits = {
  maxDays: 36_500,
  maxHorizon: 100_000,
  maxDiscountRate: 10,
  maxCuts: 10
} as const;

/** A real calendar date YYYY-MM-DD (not 2023-02-29). */
export const isCalendarDate = (iso: string): boolean => !Number.isNaN(dayOfIso(iso));
/** A whole number of days from 1 to 36,500 (windows of the summary, lifecycle and big-ticket rules). */
export const isDays = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= settingsLimits.maxDays;
/** ABC shares: 0 < A ≤ B ≤ 1. */
export const isAbcPair = (a: number, b: number): boolean => a > 0 && a <= b && b <= 1;
/** RFM cut points: finite and strictly ascending, at most 10. */
export const isCuts = (cuts: readonly number[]): boolean =>
  cuts.length <= settingsLimits.maxCuts && cuts.every((c, i) => Number.isFinite(c) && (i === 0 || c > cuts[i - 1]));
/** The forecast horizon: a positive number up to 100,000 units (or null: 52 weeks in the unit). */
export const isHorizon = (n: number): boolean => Number.isFinite(n) && n > 0 && n <= settingsLimits.maxHorizon;
/** The yearly discount rate: 0 to 10. */
export const isDiscountRate = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= settingsLimits.maxDiscountRate;

/** Message keys of the settings rules (src/lib/i18n/catalog/share.ts). */
export type SettingsMessageKey =
  | 'settings.fraction'
  | 'settings.days'
  | 'settings.date'
  | 'settings.abcOrder'
  | 'settings.cuts'
  | 'settings.cutsCount'
  | 'settings.horizon'
  | 'settings.discountRate'
  | 'settings.invalid';

/** A refused setting: where, what was received, the rule's message key and its parameters. */
export interface SettingsProblem {
  /** Path in the settings, e.g. `abc.a`, `rfm.thresholds.r`. */
  path: string;
  /** The value received (or the section, for a rule across fields). */
  value: unknown;
  key: SettingsMessageKey;
  /** Parameters of the rule's message besides {setting} and {value}. */
  params: Record<string, string | number>;
}

/** The parameters of a problem's message: {setting} and {value} as text (JSON of the value), and the rule's own. */
export function settingsMessageParams(problem: SettingsProblem, setting = problem.path, value?: string): Record<string, string | number> {
  const shown = value ?? (problem.value === undefined ? '—' : JSON.stringify(problem.value));
  return { ...problem.params, setting, value: shown && shown.length > 80 ? `${shown.slice(0, 77)}…` : shown };
}

const settingsKeys = new Set<string>(['settings.fraction', 'settings.days', 'settings.date', 'settings.abcOrder', 'settings.cuts', 'settings.cutsCount', 'settings.horizon', 'settings.discountRate']);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The first zod issue of settings as a problem: a rule's key when the schema names one, else `settings.invalid` with zod's text. */
export function problemOf(error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = []): SettingsProblem {
  const issue = error.issues[0];
  const path = issue ? issue.path.slice(prefix.length) : [];
  const shown = path.map(String).join('.');
  const value = valueAt(input, issue ? issue.path : []);
  if (issue && settingsKeys.has(issue.message)) {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return { path: shown, value, key: issue.message as SettingsMessageKey, params };
  }
  return { path: shown || 'config', value, key: 'settings.invalid', params: { detail: issue?.message ?? 'invalid' } };
}
