import { describe, expect, test } from 'vitest';
import { parseBands } from '../../../src/views/value/parseBands.ts';

describe('parseBands(text)', () => {
  test.each([
    ['80, 60, 40, 0', [80, 60, 40, 0]],
    ['90 50', [90, 50]],
    ['100', [100]],
    ['75，50、25', [75, 50, 25]]
  ])('%j → %j', (text, bands) => {
    expect(parseBands(text)).toEqual({ ok: true, bands });
  });
  test.each(['', '60, 80', '80, 80', '120, 50', '50, -1', 'a, 10'])('%j is refused, naming what was received', (text) => {
    expect(parseBands(text)).toEqual({ ok: false, received: text });
  });
});
