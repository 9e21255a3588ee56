import { describe, expect, test } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/lib/share/base64url.ts';

describe('toBase64Url(bytes) and fromBase64Url(text)', () => {
  test.each([
    [[], ''],
    [[0], 'AA'],
    [[255, 255], '__8'],
    [[251, 239, 190], '----'],
    [[104, 105, 33, 0], 'aGkhAA']
  ])('%j ⇄ %s', (bytes, text) => {
    expect(toBase64Url(Uint8Array.from(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text))).toEqual(bytes);
  });

  test('agrees with Node base64url for every length up to 64', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  test.each([
    ['A', /length: 1/],
    ['AB+C', /character "\+" at 2/],
    ['AB=', /character "=" at 2/],
    ['汉字AA', /character "汉" at 0/]
  ])('fromBase64Url(%j) throws what it received', (text, message) => {
    expect(() => fromBase64Url(text)).toThrow(message);
  });
});
