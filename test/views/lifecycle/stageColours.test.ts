import { describe, expect, test } from 'vitest';
import { stageColours } from '../../../src/views/lifecycle/stageColours.ts';
import type { LifecycleStage } from '../../../src/lib/analysis/lifecycle.ts';

describe('stageColours(keys)', () => {
  const all: LifecycleStage[] = ['prospect', 'exploration', 'growing', 'stable', 'fluctuating', 'declining', 'lost'];
  test('a distinct colour per stage, the same whatever stages are present', () => {
    const colours = stageColours(all);
    expect(new Set(colours).size).toBe(all.length);
    expect(stageColours(all.slice(1))).toEqual(colours.slice(1));
  });
  test('rejects an unknown stage', () => {
    expect(() => stageColours(['dormant' as LifecycleStage])).toThrow(/invalid lifecycle stage: dormant/);
  });
});
