import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { BlockSplitter } from '../../src/lib/import/BlockSplitter.ts';

const text = 'id,note,amount\n1,"a ""quoted"" note, with comma",5\n2,"two\nlines",6\n3,plain,7\n4,"x\n\ny",8\n5,z,9';

function run(pieces: string[], size: number): string[] {
  const splitter = new BlockSplitter(size);
  const blocks: string[] = [];
  for (const piece of pieces) {
    const block = splitter.push(piece);
    if (block !== null) blocks.push(block);
  }
  blocks.push(splitter.rest());
  return blocks;
}

describe('BlockSplitter', () => {
  test.each([1, 3, 7, 16, 1000])('pieces of %i characters, blocks of ≥ 10: the blocks rejoin and parse as the whole text', (piece) => {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += piece) pieces.push(text.slice(at, at + piece));
    const blocks = run(pieces, 10);
    expect(blocks.join('')).toBe(text);
    for (const b of blocks.slice(0, -1)) expect(b.endsWith('\n')).toBe(true);
    const rows = blocks.flatMap((b) => Papa.parse<string[]>(b, { skipEmptyLines: true }).data);
    expect(rows).toEqual(Papa.parse<string[]>(text, { skipEmptyLines: true }).data);
    if (piece < 1000) expect(blocks.length).toBeGreaterThan(2);
  });

  test('nothing is returned until the block size is reached', () => {
    const splitter = new BlockSplitter(100);
    expect(splitter.push('a,b\n1,2\n')).toBeNull();
    expect(splitter.rest()).toBe('a,b\n1,2\n');
    expect(splitter.rest()).toBe('');
  });

  test('a quoted field longer than the block size is never cut', () => {
    const long = `a,b\n1,"${'x\n'.repeat(50)}"\n2,3\n`;
    const blocks = run([...long], 5);
    expect(blocks.join('')).toBe(long);
    for (const b of blocks) expect((b.match(/"/g) ?? []).length % 2).toBe(0);
  });

  test.each([0, -1, NaN])('an invalid block size %s is refused', (size) => {
    expect(() => new BlockSplitter(size)).toThrow(String(size));
  });
});
