import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  alignSample,
  binaryKind,
  countReplacements,
  createDecoder,
  detectEncoding,
  encodings,
  isEncoding,
  isUtf8,
  sampleLine,
  sampleRanges,
  samplesOf,
  type Encoding
} from '../../src/lib/import/encoding.ts';
import { encode, realWorldFixtures } from '../fixtures/real-world/generate.ts';
import { codedError } from './codedError.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean, bom = true) => {
  const at0 = bom ? 2 : 0;
  const out = new Uint8Array(at0 + s.length * 2);
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[at0 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[at0 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
};
// 客户,金额 in GBK (iconv -f UTF-8 -t GBK).
const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a]);


/** A small sales file in a language, the form legacy encodings are met in. */
const texts: Record<string, string> = {
  gb18030: '客户名称,订单日期,金额,地区\n北京华联商厦,2024-03-05,1200.50,华东销售部\n上海百货有限公司,2024-03-06,88,华北\n张伟,2024-03-07,35,西南\n',
  big5: '客戶名稱,交易日期,金額,地區\n台北永康商行,2024/03/05,1200,台北\n高雄烏龍茶葉行,2024/03/06,880,高雄\n陳小姐,2024/03/07,35,台中\n',
  shift_jis: '顧客名,日付,金額,数量\n山田商事,2024/03/05,1200,3\n佐藤工業株式会社,2024/03/06,880,1\nカワサキ電機,2024/03/07,35,2\n',
  'euc-kr': '고객명,주문일자,금액,지역\n김민수,2024-03-05,12000,서울\n이영희상사,2024-03-06,8800,부산\n박철수,2024-03-07,3500,대구\n',
  'windows-1252': 'Customer,Date,Amount,Note\nAnna Häberlin,05/03/2024,£12.50,Résumé\nChloé Lefèvre,06/03/2024,€8.80,“quoted” – dash\nJonas Müller,07/03/2024,35.00,Zoë’s Café™\n'
};

describe('detectEncoding(samples)', () => {
  test.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,amount\n')]), 'utf-8', true],
    ['UTF-8 without BOM', utf8('客户,amount\n'), 'utf-8', false],
    ['plain ASCII', utf8('a,b\n1,2\n'), 'utf-8', false],
    ['empty head', new Uint8Array(0), 'utf-8', false],
    ['UTF-16 LE with BOM', utf16('客户,a\n', false), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16('客户,a\n', true), 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16('Client Name,Units\n长城贸易,3\n', false, false), 'utf-16le', false],
    ['UTF-16 BE without BOM', utf16('Client Name,Units\n长城贸易,3\n', true, false), 'utf-16be', false],
    ['GBK', gbk, 'gb18030', false],
    ['UTF-8 cut inside its last character', utf8('a,客户').subarray(0, 5), 'utf-8', false],
    ...Object.entries(texts).map(([encoding, text]) => [`${encoding} sales text`, encode(text, encoding === 'gb18030' ? 'gbk' : encoding), encoding, false] as const)
  ] as const)('%s', (_, bytes, encoding, bom) => {
    expect(detectEncoding(bytes)).toMatchObject({ encoding, bom });
  });

  test.each([
    ['overlong encoding of "/"', [0xc0, 0xaf, 0x41, 0x0a]],
    ['UTF-16 surrogate written as UTF-8', [0xed, 0xa0, 0x80, 0x41]]
  ] as const)('%s is not UTF-8', (_, bytes) => {
    expect(detectEncoding(Uint8Array.from(bytes)).encoding).not.toBe('utf-8');
  });

  test('Windows-1252 Latin text is not read as GB18030 and is sure', () => {
    const guess = detectEncoding(encode('Name\nAnna Häberlin\nRésumé\n£12.50\n', 'windows-1252'));
    expect(guess).toEqual({ encoding: 'windows-1252', bom: false, replacements: 0, unsure: false, alternatives: [] });
  });

  test('GBK bytes first appearing after 256 KB of ASCII are found by the later samples, not read as UTF-8', () => {
    const ascii = utf8('customer,date,amount\n' + 'C0001,2024-03-05,12.50\n'.repeat(20_000)); // ≈ 460 KB
    const bytes = concat(ascii, encode('北京华联商厦,2024-03-06,88.00\n华东销售部,2024-03-07,35.00\n'.repeat(50), 'gbk'));
    expect(bytes.length).toBeGreaterThan(256 * 1024);
    expect(detectEncoding(bytes.subarray(0, 256 * 1024)).encoding).toBe('utf-8'); // the head alone cannot tell
    expect(detectEncoding(samplesOf(bytes)).encoding).toBe('gb18030');
  });

  test.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'error.binary.image'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'error.binary.image'],
    ['gzip', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0], 'error.binary.gzip'],
    ['PDF', [...utf8('%PDF-1.7\n%âãÏÓ\n')], 'error.binary.pdf'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('data.csv')], 'error.binary.zip'],
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('[Content_Types].xml'), 0, 0, 0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml')], 'error.binary.xlsx'],
    ['docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('word/document.xml')], 'error.binary.docx'],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'error.binary.xls'],
    ['NUL bytes that are not UTF-16', [...utf8('a,b\n'), 0, 0, 0, 7, 0, 0, 0, 0x41, 0x42, 0, 0, 0, 0, 0x43, 0, 0, 0x99, 0, 0, 0], 'error.binary.other']
  ] as const)('%s is refused with %s', (_, bytes, code) => {
    expect(codedError(() => detectEncoding(Uint8Array.from(bytes))).code).toBe(code);
  });

  test('a BOM decides before any binary check', () => {
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x0a, 0])).encoding).toBe('utf-16le');
  });

  test('unsure when the text has bytes no candidate reads cleanly, with the other candidates offered', () => {
    const bytes = concat(encode('Name\nAnna Häberlin\n', 'windows-1252'), Uint8Array.of(0x81, 0x0a));
    const guess = detectEncoding(bytes);
    expect(guess.unsure).toBe(true);
    expect(guess.alternatives.length).toBeGreaterThan(0);
    expect(guess.alternatives).not.toContain(guess.encoding);
  });

  test('does not modify its input', () => {
    const head = encode(texts.big5, 'big5');
    const copy = head.slice();
    detectEncoding(head);
    expect(head).toEqual(copy);
  });
});

describe('detectEncoding on the real-world corpus (test/fixtures/real-world)', () => {
  test.each(realWorldFixtures().map((f) => [f.name, f] as const))('%s: the stated encoding, and the labels decode without U+FFFD', (name, fixture) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/real-world/${name}`, import.meta.url)));
    const guess = detectEncoding(samplesOf(bytes));
    expect(guess.encoding).toBe(fixture.expected.encoding);
    expect(guess.replacements).toBe(0);
    const text = createDecoder(guess.encoding).decode(bytes);
    expect(countReplacements(text)).toBe(0);
    for (const label of fixture.expected.labels) expect(text).toContain(label);
  });
});

describe('createDecoder(encoding)', () => {
  test.each([
    ['utf-8', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('客户,a')]), '客户,a'],
    ['utf-8', utf8('客户,a'), '客户,a'],
    ['utf-16le', utf16('客户,a', false), '客户,a'],
    ['utf-16be', utf16('客户,a', true), '客户,a'],
    ['gb18030', gbk, '客户,金额\n'],
    ['big5', Uint8Array.of(0xab, 0xc8, 0xa4, 0xe1), '客戶'],
    ['shift_jis', Uint8Array.of(0x8c, 0xda, 0x8b, 0x71, 0x83, 0x52), '顧客コ'],
    ['euc-kr', Uint8Array.of(0xb0, 0xed, 0xb0, 0xb4), '고객'],
    ['windows-1252', Uint8Array.of(0x48, 0xe4, 0x62, 0x2c, 0xa3, 0x31, 0x2c, 0xe9), 'Häb,£1,é']
  ] as const)('%s decodes %j (and drops a BOM)', (encoding, bytes, text) => {
    expect(createDecoder(encoding).decode(bytes)).toBe(text);
  });

  test.each(Object.entries(texts))('%s: the sales text decodes back to itself', (encoding, text) => {
    expect(createDecoder(encoding as Encoding).decode(encode(text, encoding === 'gb18030' ? 'gbk' : encoding))).toBe(text);
  });

  test('windows-1252 bytes 0x80–0x9F follow the WHATWG table, not C1 controls (Node 20 gets them wrong)', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(createDecoder('windows-1252').decode(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    const streamed = createDecoder('windows-1252');
    expect(streamed.decode(Uint8Array.of(0x93, 0x41), { stream: true }) + streamed.decode(Uint8Array.of(0x94), { stream: true }) + streamed.decode()).toBe('“A”');
  });

  test('streaming: a multi-byte character split across chunks is decoded whole', () => {
    for (const [encoding, bytes] of [
      ['utf-8', utf8('客户,金额\n华东,5\n')],
      ['gb18030', gbk],
      ['utf-16le', utf16('客户,金额\n', false)],
      ['big5', encode(texts.big5, 'big5')],
      ['shift_jis', encode(texts.shift_jis, 'shift_jis')],
      ['euc-kr', encode(texts['euc-kr'], 'euc-kr')]
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

describe('sampleRanges / alignSample / samplesOf / sampleLine', () => {
  test('a small file is one sample, a large one head, 8 middle slices and tail, in order and inside the file', () => {
    expect(sampleRanges(0)).toEqual([[0, 0]]);
    expect(sampleRanges(1000)).toEqual([[0, 1000]]);
    const size = 50_000_000;
    const ranges = sampleRanges(size);
    expect(ranges).toHaveLength(10);
    expect(ranges[0]).toEqual([0, 256 * 1024]);
    expect(ranges.at(-1)).toEqual([size - 64 * 1024, size]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBeGreaterThanOrEqual(ranges[i - 1][1]);
  });

  test('alignSample cuts to whole lines, keeping the file start and end', () => {
    const bytes = utf8('ab\ncd\nef');
    expect(new TextDecoder().decode(alignSample(bytes, false, false))).toBe('cd\n');
    expect(new TextDecoder().decode(alignSample(bytes, true, false))).toBe('ab\ncd\n');
    expect(new TextDecoder().decode(alignSample(bytes, false, true))).toBe('cd\nef');
    expect(alignSample(utf16('a\nb\nc', false, false), false, false)).toEqual(utf16('b\n', false, false));
  });

  test('no multi-byte character is cut in the samples of a large GBK file', () => {
    const bytes = encode('客户名称,金额\n' + '北京华联商厦,12.50\n'.repeat(120_000), 'gbk');
    const samples = samplesOf(bytes);
    expect(samples.length).toBe(10);
    for (const s of samples) expect(countReplacements(createDecoder('gb18030').decode(s))).toBe(0);
  });

  test('sampleLine shows the first line with non-ASCII text in an encoding', () => {
    const bytes = encode('Customer,Amount\nAnna Häberlin,£12.50\n', 'windows-1252');
    expect(sampleLine([bytes], 'windows-1252')).toBe('Anna Häberlin,£12.50');
    expect(sampleLine([bytes], 'utf-8')).toBe('Anna H\ufffdberlin,\ufffd12.50');
  });

  test('binaryKind is null for text', () => {
    expect(binaryKind(utf8('customer,amount\n'))).toBeNull();
  });
});

describe('isUtf8 / isEncoding', () => {
  test('a truncated sequence at the very end is allowed, in the middle it is not', () => {
    expect(isUtf8(new Uint8Array([0x41, 0xe5, 0xae]))).toBe(true);
    expect(isUtf8(new Uint8Array([0xe5, 0xae, 0x41]))).toBe(false);
  });
  test.each([...encodings.map((e) => [e, true] as const), ['latin1', false], ['iso-8859-1', false], [undefined, false]] as const)('isEncoding(%j) = %j', (value, expected) => {
    expect(isEncoding(value)).toBe(expected);
  });
});
