import { describe, expect, test } from 'vitest';
import { onActivate } from '../../src/lib/charts/onActivate.ts';

function press(key: string) {
  let prevented = false;
  let ran = 0;
  onActivate(() => ran++)({ key, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent);
  return { ran, prevented };
}

describe('onActivate(action)', () => {
  test.each([
    ['Enter', 1, true],
    [' ', 1, true],
    ['Spacebar', 1, true],
    ['Tab', 0, false],
    ['a', 0, false]
  ])('%j runs the action %i time(s)', (key, ran, prevented) => {
    expect(press(key)).toEqual({ ran, prevented });
  });
});
