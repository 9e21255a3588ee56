import { z } from 'zod';
import type { AnalysisConfig } from '../analysis/analyze.ts';
import { generatedKeys } from '../i18n/generatedText.ts';
import { isAbcPair, isCalendarDate, isCuts, isDays, isDiscountRate, isHorizon, problemOf, settingsLimits, type SettingsProblem } from './settings.ts';

/*
 * What a share link or project file may contain, checked with zod before use.
 * Every array and string is capped; object keys that could reach a prototype
 * are refused; unknown fields are dropped; a missing setting gets its default
 * later (mergeConfig), so links from older versions still open.
 */

const forbiddenKeys = new Set(['__proto__', 'prototype', 'constructor']);
/** A column or metric name: short, and never a prototype key. */
export const safeName = z
  .string()
  .min(1)
  .max(200)
  .refine((k) => !forbiddenKeys.has(k), { message: 'reserved name' });

// The rules of settings.ts, with their message keys (the same as the command line's).
const isoDate = z.string().refine(isCalendarDate, { error: 'settings.date' });
const fraction = z.number().refine((v) => v >= 0 && v <= 1, { error: 'settings.fraction' });
const days = z.number().refine(isDays, { error: 'settings.days' });
const text = (max: number) => z.string().max(max);

const summary = z.object({
  analysisDate: isoDate.nullable(),
  windowDays: days.nullable(),
  frequency: z.enum(['orders', 'rows']),
  monetary: z.enum(['sum', 'average'])
});

const abc = z.object({ metric: safeName, a: fraction, b: fraction, rule: z.enum(['textbook', 'crossing']) });

const pyramid = z.object({ metric: safeName, tiers: z.array(fraction).min(1).max(10) });

const range = z.tuple([z.number().int().min(0).max(5), z.number().int().min(0).max(5)]);
const segmentRule = z.object({ name: text(200), r: range, f: range, m: range, action: text(2000).optional() });
const cuts = z.array(z.number()).max(settingsLimits.maxCuts).refine(isCuts, { error: 'settings.cuts' });

const rfm = z.object({
  method: z.enum(['rank', 'rfm-package', 'thresholds', 'mean', 'median']),
  bins: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  thresholds: z.object({ r: cuts, f: cuts, m: cuts }),
  segments: z.enum(['grid', 'eight', 'rfm-package-vignette', 'rfm-package-tests', 'custom']),
  customSegments: z.array(segmentRule).max(100),
  split: z.enum(['mean', 'median']),
  actions: z.record(safeName, text(2000)).refine((r) => Object.keys(r).length <= 100, { message: 'too many actions' })
});

const lifecycle = z.object({
  snapshot: isoDate.nullable(),
  windowDays: days,
  horizonDays: days,
  band: z.number().min(0).max(10),
  from: isoDate.nullable(),
  to: isoDate.nullable()
});

const keyAccounts = z.object({ standard: z.enum(['rolling', 'classA']), months: z.number().int().min(1).max(240), threshold: z.number().finite() });
const concentration = z.object({ metric: safeName, warnShare: fraction });
const bigTicket = z.object({ classes: z.array(text(20)).max(10), windowDays: days });
const profitability = z.object({ topCustomers: z.number().int().min(1).max(1000), topProducts: z.number().int().min(1).max(1000) });
const valueScore = z.object({
  indicators: z.array(z.object({ metric: safeName, weight: fraction, group: z.enum(['realised', 'potential']) })).max(50),
  normalisation: z.enum(['minmax', 'percentile']),
  bands: z.array(z.number().min(0).max(100)).max(20)
});
const breakdown = z.object({ attribute: safeName, metric: safeName });
const plan = z.object({
  classes: z
    .array(z.object({ cls: text(20), phoneWeeks: z.number().min(0).max(520), visitMonths: z.number().min(0).max(240), measures: text(5000) }))
    .max(20)
});

const forecast = z.object({
  enabled: z.boolean(),
  calibrationEnd: isoDate.nullable(),
  timeUnit: z.enum(['day', 'week', 'month']),
  horizon: z.number().refine(isHorizon, { error: 'settings.horizon' }).nullable(),
  discountRate: z.number().refine(isDiscountRate, { error: 'settings.discountRate' })
});

const change = z.object({
  enabled: z.boolean(),
  period: z.enum(['month', 'quarter']),
  by: z.enum(['abc', 'segment', 'eight', 'pyramid', 'lifecycle']),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  at: isoDate.nullable(),
  until: isoDate.nullable()
});

/** Settings as shared: every section and field optional (defaults fill the gaps), each present field checked. */
export const configSchema = z.object({
  summary: summary.partial(),
  abc: abc.partial(),
  pyramid: pyramid.partial(),
  rfm: rfm.partial(),
  lifecycle: lifecycle.partial(),
  keyAccounts: keyAccounts.partial(),
  concentration: concentration.partial(),
  bigTicket: bigTicket.partial(),
  profitability: profitability.partial(),
  valueScore: valueScore.partial(),
  breakdown: breakdown.partial(),
  plan: plan.partial(),
  forecast: forecast.partial(),
  change: change.partial()
}).partial();

export type SharedConfig = z.infer<typeof configSchema>;

/** The rules across fields, on whole settings (defaults filled in): ABC shares in order, as many cut points as levels need. */
const wholeConfigSchema = configSchema.superRefine((config, ctx) => {
  const { a, b } = config.abc ?? {};
  if (a !== undefined && b !== undefined && !isAbcPair(a, b)) {
    ctx.addIssue({ code: 'custom', message: 'settings.abcOrder', path: ['abc'], params: { a, b } });
  }
  const rfm = config.rfm;
  if (rfm?.method === 'thresholds' && rfm.bins !== undefined && rfm.thresholds) {
    for (const dim of ['r', 'f', 'm'] as const) {
      if (rfm.thresholds[dim].length !== rfm.bins - 1) {
        ctx.addIssue({ code: 'custom', message: 'settings.cutsCount', path: ['rfm', 'thresholds', dim], params: { count: rfm.bins - 1, bins: rfm.bins } });
        return;
      }
    }
  }
});

/**
 * Checks whole analysis settings against the one set of rules of links, project files and the command line;
 * null when they are acceptable, else the first problem.
 */
export function checkSettings(config: AnalysisConfig | SharedConfig): SettingsProblem | null {
  const parsed = wholeConfigSchema.safeParse(config);
  return parsed.success ? null : problemOf(parsed.error, config);
}

/** Rows a link or project file may carry. */
export const maxRows = 5_000_000;
const maxLabels = 5_000_000;
const maxColumns = 200;

const numberColumn = z.array(z.number().finite().nullable()).max(maxRows);
const dayColumn = z.array(z.number().int().min(-1_000_000).max(1_000_000)).max(maxRows);
const categoryColumn = z.object({
  codes: z.array(z.number().int().min(-1)).max(maxRows),
  labels: z.array(text(1000)).max(maxLabels)
});

/** A Table as JSON: columns as arrays, missing numbers as null, missing categories as −1. */
export const tableJsonSchema = z.object({
  shape: z.enum(['transactions', 'customers']),
  length: z.number().int().min(0).max(maxRows),
  customer: categoryColumn,
  date: dayColumn.optional(),
  amount: numberColumn.optional(),
  quantity: numberColumn.optional(),
  price: numberColumn.optional(),
  cost: numberColumn.optional(),
  profit: numberColumn.optional(),
  payment: numberColumn.optional(),
  order: categoryColumn.optional(),
  product: categoryColumn.optional(),
  region: categoryColumn.optional(),
  numbers: z.record(safeName, numberColumn).refine((r) => Object.keys(r).length <= maxColumns, { message: 'too many columns' }),
  categories: z.record(safeName, categoryColumn).refine((r) => Object.keys(r).length <= maxColumns, { message: 'too many columns' })
});

export type TableJson = z.infer<typeof tableJsonSchema>;

/** Facts that identify a dataset that was too big to travel with the settings. */
export const sourceSchema = z.object({
  file: text(500),
  rows: z.number().int().min(0),
  customers: z.number().int().min(0),
  totalAmount: z.number().finite()
});

/** A generated name: one of the generated keys and a few short parameters. */
export const generatedTextSchema = z.object({
  key: z.enum(generatedKeys),
  params: z.record(z.string().regex(/^\w{1,20}$/), z.union([text(100), z.number().finite()])).refine((p) => Object.keys(p).length <= 4, { message: 'too many parameters' }).optional()
});

/** The content of a v1 share link. */
export const shareStateSchema = z.object({
  view: z.string().regex(/^[\w-]{1,40}$/),
  name: text(300),
  label: generatedTextSchema.nullable().optional(),
  shape: z.enum(['transactions', 'customers']),
  config: configSchema,
  table: tableJsonSchema.nullable(),
  source: sourceSchema.optional()
});

export type ShareStateJson = z.infer<typeof shareStateSchema>;

/** A `.kefen.json` project file, version 1 (no checksum) or 2 (with `sha256`, checked before this schema). */
export const projectSchema = shareStateSchema.extend({
  format: z.literal('kefen-project'),
  version: z.union([z.literal(1), z.literal(2)]),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  created: z.string().max(40).optional(),
  table: tableJsonSchema
});
