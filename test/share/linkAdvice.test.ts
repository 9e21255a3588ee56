import { describe, expect, test } from 'vitest';
import { linkAdvice } from '../../src/lib/share/linkAdvice.ts';

describe('linkAdvice(length)', () => {
  test.each([
    [0, 'ok'],
    [2_000, 'ok'],
    [2_001, 'long'],
    [32_000, 'long'],
    [32_001, 'huge']
  ])('%d characters → %s', (length, advice) => {
    expect(linkAdvice(length)).toBe(advice);
  });
});
