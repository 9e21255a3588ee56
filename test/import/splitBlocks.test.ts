import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { splitBlocks } from '../../src/lib/import/splitBlocks.ts';

describe('splitBlocks(text, size)', () => {
  const text = 'a,b\n1,"x\ny"\n2,"say ""hi""\n, ok"\n3,z\n4,w';

  test.each([1, 2, 5, 8, 13, 1000])('blocks of %i characters rejoin to the text and never cut a quoted field', (size) => {
    const blocks = [...splitBlocks(text, size)];
    expect(blocks.join('')).toBe(text);
    const rows = blocks.flatMap((b) => Papa.parse<string[]>(b, { skipEmptyLines: true }).data);
    expect(rows).toEqual(Papa.parse<string[]>(text, { skipEmptyLines: true }).data);
    for (const b of blocks.slice(0, -1)) expect(b.endsWith('\n')).toBe(true);
  });

  test('empty text gives no block; text without a line end is one block', () => {
    expect([...splitBlocks('')]).toEqual([]);
    expect([...splitBlocks('abc', 1)]).toEqual(['abc']);
  });

  test.each([0, -1, NaN])('an invalid size %s is refused', (size) => {
    expect(() => [...splitBlocks('a', size)]).toThrow(String(size));
  });
});
