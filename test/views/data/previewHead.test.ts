import { describe, expect, test } from 'vitest';
import { previewHead, previewShown } from '../../../src/views/data/previewHead.ts';

describe('previewHead(rows)', () => {
  test.each([
    ['no rows', 0, 0],
    ['fewer rows than the table shows', 3, 3],
    ['exactly as many', previewShown, previewShown],
    ['the 14 rows of the classroom case', 14, previewShown],
    ['the 50 rows a preview reads at most', 50, previewShown]
  ])('%s: %i read, %i shown', (_, read, shown) => {
    const rows = Array.from({ length: read }, (_, i) => [String(i)]);
    const head = previewHead(rows);
    expect(head.length).toBe(shown);
    expect(head).toEqual(rows.slice(0, shown));
    expect(rows.length).toBe(read);
  });
});
