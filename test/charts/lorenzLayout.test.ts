import { describe, expect, test } from 'vitest';
import { lorenzLayout } from '../../src/lib/charts/lorenzLayout.ts';

const box = { width: 100, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('lorenzLayout()', () => {
  test.each([
    ['points with both ends', { x: [0, 0.5, 1], y: [0, 0.2, 1] }, 'M0,100L50,80L100,0'],
    ['ends added when missing', { x: [0.5], y: [0.2] }, 'M0,100L50,80L100,0'],
    ['empty input: the diagonal', { x: [], y: [] }, 'M0,100L100,0']
  ])('%s', (_, lorenz, curve) => {
    const l = lorenzLayout(lorenz, box);
    expect(l.curve).toBe(curve);
    expect(l.area).toBe(`${curve}Z`);
    expect(l.diagonal).toBe('M0,100L100,0');
  });
});
