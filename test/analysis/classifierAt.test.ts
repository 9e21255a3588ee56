import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { abc } from '../../src/lib/analysis/abc.ts';
import { classifierAt, classifiers, notYet, segmentKeys } from '../../src/lib/analysis/classifierAt.ts';
import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { lifecycle } from '../../src/lib/analysis/lifecycle.ts';
import { pyramid } from '../../src/lib/analysis/pyramid.ts';
import { rfm } from '../../src/lib/analysis/rfm.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { snapshot } from './transactionTable.ts';

const { table } = importText(readFileSync('public/samples/synthetic.csv', 'utf8'));

/** METHOD §10 by its words: the method computed on the rows up to E with E as the analysis date. */
function byDefinition(by: string, config: ReturnType<typeof defaultConfig>, E: string): Map<string, string> {
  const s = summarize(table, { ...config.summary, analysisDate: E });
  const out = new Map<string, string>();
  const put = (keys: readonly string[], cls: ArrayLike<number>) => s.ids.forEach((id, i) => out.set(id, keys[cls[i]]));
  if (by === 'abc') put(['A', 'B', 'C'], abc(s, config.abc).cls);
  else if (by === 'pyramid') put(['vip', 'major', 'ordinary', 'small'], pyramid(s, config.pyramid).tier);
  else if (by === 'segment') put(rfm(s, config.rfm).segments.map((x) => x.name), rfm(s, config.rfm).segment);
  else if (by === 'eight') put([...rfm(s, config.rfm).eight.classes.map((x) => x.name), 'others'], Uint8Array.from(rfm(s, config.rfm).eight.cls, (c) => (c === 255 ? 8 : c)));
  else {
    const r = lifecycle(s, { ...config.lifecycle, snapshot: null })!;
    s.ids.forEach((id, i) => out.set(id, r.stageKeys[r.stage[i]]));
  }
  return out;
}

describe('classifierAt(table, full, config, by).at(E): the method on the rows up to E, E as analysis date (METHOD §10)', () => {
  const variants: [string, (c: ReturnType<typeof defaultConfig>) => void][] = [
    ['defaults', () => {}],
    ['window 90 days, average order value', (c) => Object.assign(c.summary, { windowDays: 90, monetary: 'average' })],
    ['crossing rule, 3 RFM levels, rfm-package breaks, vignette segments', (c) => {
      c.abc.rule = 'crossing';
      Object.assign(c.rfm, { bins: 3, method: 'rfm-package', segments: 'rfm-package-vignette' });
    }],
    ['ABC and pyramid by profit (rows read again), F counts rows', (c) => {
      c.abc.metric = 'profit';
      c.pyramid.metric = 'profit';
      c.summary.frequency = 'rows';
    }]
  ];
  const full = summarize(table, defaultConfig().summary);
  const dates = ['2024-02-29', '2024-06-30', '2024-12-31', isoOfDay(full.analysisDay)];
  test.each(variants.flatMap(([name, patch]) => classifiers.map((by) => [name, by, patch] as const)))('%s: %s', (_name, by, patch) => {
    const config = defaultConfig();
    patch(config);
    const fullHere = summarize(table, config.summary);
    const before = snapshot(fullHere);
    const classifier = classifierAt(table, fullHere, config, by);
    for (const E of dates) {
      const expected = byDefinition(by, config, E);
      const got = classifier.at(dayOfIso(E));
      const actual = new Map<string, string>();
      fullHere.ids.forEach((id, i) => {
        if (got[i] !== notYet) actual.set(id, classifier.keys[got[i]]);
      });
      expect(actual).toEqual(expected);
    }
    expect(fullHere).toEqual(before);
  });

  test('before the first order nobody is classified; an unknown classifier is refused', () => {
    const config = defaultConfig();
    const at = classifierAt(table, full, config, 'abc').at(dayOfIso('2023-12-31'));
    expect(at.every((c) => c === notYet)).toBe(true);
    expect(() => classifierAt(table, full, config, 'tier' as never)).toThrow('invalid classifier: tier (expected one of abc, segment, eight, pyramid, lifecycle)');
  });

  test('segmentKeys(config) names the segments of rfm() in its order', () => {
    for (const segments of ['grid', 'eight', 'rfm-package-vignette', 'rfm-package-tests'] as const) {
      const config = { ...defaultConfig().rfm, segments };
      expect(segmentKeys(config)).toEqual(rfm(full, config).segments.map((s) => s.name));
    }
  });
});
