import { expect, test } from 'vitest';
import { defineMessages } from '../../src/lib/i18n/define.ts';

// The @ts-expect-error lines are the test: `npm run check` (tsc) fails if one of them stops being an error.
test('defineMessages(catalog) returns the catalogue it is given', () => {
  const catalog = { en: { 'x.a': 'A {n}' }, zh: { 'x.a': '甲 {n}' } };
  expect(defineMessages(catalog)).toBe(catalog);
});

test('defineMessages(catalog) makes a key missing in one language a type error', () => {
  defineMessages({
    en: { 'x.a': 'A', 'x.b': 'B' },
    // @ts-expect-error zh lacks 'x.b'
    zh: { 'x.a': '甲' }
  });
  defineMessages({
    // @ts-expect-error en lacks 'x.b', which only zh defines
    en: { 'x.a': 'A' },
    zh: { 'x.a': '甲', 'x.b': '乙' }
  });
  const zh = { 'x.a': '甲' };
  defineMessages({
    en: { 'x.a': 'A', 'x.b': 'B' },
    // @ts-expect-error a catalogue held in a variable is checked too
    zh
  });
});
