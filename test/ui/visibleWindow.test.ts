import { describe, expect, test } from 'vitest';
import { visibleWindow } from '../../src/lib/ui/visibleWindow.ts';

describe('visibleWindow(scrollTop, viewport, rowHeight, total, overscan)', () => {
  test.each([
    ['top of a long list', [0, 300, 30, 100_000, 8], { start: 0, end: 18, padTop: 0, padBottom: (100_000 - 18) * 30 }],
    ['scrolled into the middle', [3000, 300, 30, 100_000, 8], { start: 92, end: 118, padTop: 92 * 30, padBottom: (100_000 - 118) * 30 }],
    ['near the end: clamped', [2_999_900, 300, 30, 100_000, 8], { start: 99_988, end: 100_000, padTop: 99_988 * 30, padBottom: 0 }],
    ['shorter than the viewport', [0, 300, 30, 3, 8], { start: 0, end: 3, padTop: 0, padBottom: 0 }],
    ['empty list', [0, 300, 30, 0, 8], { start: 0, end: 0, padTop: 0, padBottom: 0 }],
    ['scrolled past the end (list shrank): the last rows', [9000, 300, 30, 10, 2], { start: 8, end: 10, padTop: 240, padBottom: 0 }],
    ['negative or NaN scroll treated as 0', [NaN, 60, 30, 10, 0], { start: 0, end: 2, padTop: 0, padBottom: 240 }]
  ] as const)('%s', (_, args, expected) => {
    const [scrollTop, viewport, rowHeight, total, overscan] = args;
    expect(visibleWindow(scrollTop, viewport, rowHeight, total, overscan)).toEqual(expected);
  });

  test('renders a few dozen rows of 100,000, and rows + spacers always add up to the whole list', () => {
    const w = visibleWindow(123_456, 600, 30, 100_000);
    expect(w.end - w.start).toBeLessThan(50);
    expect(w.padTop + (w.end - w.start) * 30 + w.padBottom).toBe(100_000 * 30);
  });

  test.each([0, -1, NaN])('rejects row height %s', (h) => {
    expect(() => visibleWindow(0, 100, h, 10)).toThrow(/invalid row height/);
  });
});
