import { describe, expect, test } from 'vitest';
import { jsonDepth } from '../../src/lib/share/jsonDepth.ts';

describe('jsonDepth(text)', () => {
  test.each([
    ['1', 0],
    ['[]', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"a":"[[[[{{{"}', 1],
    ['{"a":"\\"[[["}', 1],
    ['['.repeat(10_000) + ']'.repeat(10_000), 10_000]
  ])('jsonDepth(%j) = %d', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});
