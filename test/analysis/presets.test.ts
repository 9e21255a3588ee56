import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { abcPresets, pyramidPresets, rRfmPreset, segmentRules, testsSegments, textbookRecencyCuts, vignetteSegments } from '../../src/lib/analysis/presets.ts';
import { thresholdScores } from '../../src/lib/analysis/rfmScores.ts';
import tables from '../fixtures/rfm-segment-tables.json';

/** METHOD §5's two tables as [key, R, F, M] ranges (the fixture holds them with the package's names). */
const keyed = (table: (string | number)[][]) => table.map(([name, ...ranges]) => [tables.keys[name as keyof typeof tables.keys], ...ranges]);
const vignette = keyed(tables.vignette);
const tests = keyed(tables.tests);
const flat = (rules: typeof vignetteSegments) => rules.map((r) => [r.name, ...r.r, ...r.f, ...r.m]);

describe('presets', () => {
  test('segment tables as METHOD §5, in order', () => {
    expect(flat(vignetteSegments)).toEqual(vignette);
    expect(flat(testsSegments)).toEqual(tests);
  });

  test('segmentRules() returns copies; custom rules for other schemes', () => {
    const copy = segmentRules('rfm-package-vignette', []);
    copy[0].r[0] = 1;
    expect(vignetteSegments[0].r).toEqual([5, 5]);
    expect(flat(segmentRules('rfm-package-tests', []))).toEqual(tests);
    const custom = [{ name: 'x', r: [1, 2] as [number, number], f: [1, 5] as [number, number], m: [1, 5] as [number, number] }];
    const out = segmentRules('custom', custom);
    expect(out).toEqual(custom);
    expect(out[0]).not.toBe(custom[0]);
  });

  test('ABC, pyramid and recency presets', () => {
    expect(abcPresets.map((p) => p.key)).toEqual(['80-95', '70-90', '55-85']);
    expect(pyramidPresets[0].tiers.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(pyramidPresets[1].tiers.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(textbookRecencyCuts).toEqual([7, 30, 60, 120]);
  });

  test('rRfmPreset(): rows as frequency, package breaks, 5 levels, all history, net sum, vignette table; input not mutated', () => {
    const base = defaultConfig();
    base.summary.windowDays = 90;
    base.summary.monetary = 'average';
    base.summary.analysisDate = '2006-12-31';
    const before = structuredClone(base);
    const c = rRfmPreset(base);
    expect(base).toEqual(before);
    expect(c.summary).toEqual({ analysisDate: '2006-12-31', windowDays: null, frequency: 'rows', monetary: 'sum' });
    expect(c.rfm).toMatchObject({ method: 'rfm-package', bins: 5, segments: 'rfm-package-vignette' });
    expect(flat(c.rfm.customSegments)).toEqual(vignette);
    expect(c.abc).toEqual(base.abc);
  });
});

describe('defaultConfig()', () => {
  test('METHOD defaults', () => {
    const c = defaultConfig();
    expect(c.summary).toEqual({ analysisDate: null, windowDays: null, frequency: 'orders', monetary: 'sum' });
    expect(c.abc).toEqual({ metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' });
    expect(c.pyramid.tiers).toEqual([0.01, 0.04, 0.15, 0.8]);
    expect(c.rfm).toMatchObject({ method: 'rank', bins: 5, segments: 'grid', split: 'mean' });
    expect(c.lifecycle).toMatchObject({ windowDays: 180, horizonDays: 365, band: 0.2 });
    expect(c.concentration.warnShare).toBe(0.2);
    expect(c.valueScore.indicators.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 12);
    expect(c.plan.classes.map((p) => p.measures)).toEqual(['plan.measure.A', 'plan.measure.B', 'plan.measure.C']);
  });

  test('the default thresholds can be used as they are: recency = the textbook table', () => {
    const c = defaultConfig();
    expect(c.rfm.thresholds.r).toEqual(textbookRecencyCuts);
    for (const d of ['r', 'f', 'm'] as const) {
      expect(c.rfm.thresholds[d].length).toBe(c.rfm.bins - 1);
      expect(() => thresholdScores(new Float64Array([1]), new Uint8Array([1]), c.rfm.thresholds[d], 'higher')).not.toThrow();
    }
  });

  test('a fresh object each call', () => {
    const a = defaultConfig();
    a.pyramid.tiers.push(1);
    expect(defaultConfig().pyramid.tiers).toEqual([0.01, 0.04, 0.15, 0.8]);
  });
});
