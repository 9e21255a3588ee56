import { describe, expect, test } from 'vitest';
import { tooltipPosition } from '../../src/lib/ui/tooltipPosition.ts';

describe('tooltipPosition()', () => {
  test.each([
    ['top left: below right of the pointer', [10, 10, 400, 300], { left: 22, top: 22, transform: 'translate(0, 0)' }],
    ['right edge: flipped left', [350, 10, 400, 300], { left: 338, top: 22, transform: 'translate(-100%, 0)' }],
    ['bottom edge: flipped up', [10, 290, 400, 300], { left: 22, top: 278, transform: 'translate(0, -100%)' }],
    ['bottom right: both', [390.4, 290.6, 400, 300], { left: 378, top: 279, transform: 'translate(-100%, -100%)' }]
  ] as const)('%s', (_, [x, y, w, h], expected) => {
    expect(tooltipPosition(x, y, w, h)).toEqual(expected);
  });
});
