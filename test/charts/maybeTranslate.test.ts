import { describe, expect, test } from 'vitest';
import { keyName, maybeTranslate } from '../../src/lib/charts/maybeTranslate.ts';

const catalogue: Record<string, string> = { 'plan.measure.A': 'Dedicated service', 'segment.champions': 'Champions' };
const tr = (key: string) => catalogue[key] ?? key;

describe('maybeTranslate(text, translate)', () => {
  test.each([
    ['plan.measure.A', 'Dedicated service'],
    ['plan.measure.Z', 'plan.measure.Z'],
    ['Call them every week.', 'Call them every week.'],
    ['', ''],
    ['v1.2', 'v1.2']
  ])('%j → %j', (text, out) => {
    expect(maybeTranslate(text, tr)).toBe(out);
  });
});

describe('keyName(prefix, key, translate)', () => {
  test('a known key is translated; a custom name is shown as given', () => {
    expect(keyName('segment', 'champions', tr)).toBe('Champions');
    expect(keyName('segment', 'VIP friends', tr)).toBe('VIP friends');
  });
});
