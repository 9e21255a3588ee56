import { describe, expect, test } from 'vitest';
import { createDecoder, detectEncoding, isEncoding, isUtf8 } from '../../src/lib/import/encoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
// 客户,金额 in GBK (iconv -f UTF-8 -t GBK).
const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a]);

describe('detectEncoding(head)', () => {
  test.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,amount\n')]), 'utf-8', true],
    ['UTF-8 without BOM', utf8('客户,amount\n'), 'utf-8', false],
    ['plain ASCII', utf8('a,b\n1,2\n'), 'utf-8', false],
    ['empty head', new Uint8Array(0), 'utf-8', false],
    ['UTF-16 LE with BOM', utf16('客户,a\n', false), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16('客户,a\n', true), 'utf-16be', true],
    ['GBK', gbk, 'gb18030', false],
    ['UTF-8 cut inside its last character', utf8('a,客户').subarray(0, 5), 'utf-8', false],
    ['overlong encoding of "/"', new Uint8Array([0xc0, 0xaf]), 'gb18030', false],
    ['UTF-16 surrogate written as UTF-8', new Uint8Array([0xed, 0xa0, 0x80, 0x41]), 'gb18030', false]
  ] as const)('%s → %s', (_, bytes, encoding, bom) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bom });
  });

  test('a GBK character cut at the end of the head is still not UTF-8 when earlier bytes decide', () => {
    expect(detectEncoding(gbk.subarray(0, 3)).encoding).toBe('gb18030');
  });

  test('does not modify its input', () => {
    const head = utf8('x,y\n');
    const copy = head.slice();
    detectEncoding(head);
    expect(head).toEqual(copy);
  });
});

describe('isUtf8 / isEncoding', () => {
  test('a truncated sequence at the very end is allowed, in the middle it is not', () => {
    expect(isUtf8(new Uint8Array([0x41, 0xe5, 0xae]))).toBe(true);
    expect(isUtf8(new Uint8Array([0xe5, 0xae, 0x41]))).toBe(false);
  });
  test.each([['utf-8', true], ['gb18030', true], ['latin1', false], [undefined, false]] as const)('isEncoding(%j) = %j', (value, expected) => {
    expect(isEncoding(value)).toBe(expected);
  });
});

describe('createDecoder(encoding)', () => {
  test.each([
    ['utf-8', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,a')])],
    ['utf-8', utf8('客户,a')],
    ['utf-16le', utf16('客户,a', false)],
    ['utf-16be', utf16('客户,a', true)]
  ] as const)('%s decodes and drops the BOM', (encoding, bytes) => {
    expect(createDecoder(encoding).decode(bytes)).toBe('客户,a');
  });

  test('GBK decodes through gb18030', () => {
    expect(createDecoder('gb18030').decode(gbk)).toBe('客户,金额\n');
  });

  test('streaming: a multi-byte character split across chunks is decoded whole', () => {
    for (const [encoding, bytes] of [
      ['utf-8', utf8('客户,金额\n华东,5\n')],
      ['gb18030', gbk],
      ['utf-16le', utf16('客户,金额\n', false)]
    ] as const) {
      const text = createDecoder(encoding).decode(bytes);
      for (let cut = 1; cut < bytes.length; cut++) {
        const decoder = createDecoder(encoding);
        const streamed = decoder.decode(bytes.subarray(0, cut), { stream: true }) + decoder.decode(bytes.subarray(cut), { stream: true }) + decoder.decode();
        expect(streamed, `${encoding} cut at ${cut}`).toBe(text);
      }
    }
  });

  test('an unknown encoding is refused with what was received', () => {
    expect(() => createDecoder('latin1' as never)).toThrow(/latin1/);
  });
});
