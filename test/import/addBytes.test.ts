import { describe, expect, test } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { ByteKeys, absent } from '../../src/lib/import/ByteKeys.ts';
import { ByteText, readsOnBytes, utf8Replacements } from '../../src/lib/import/ByteText.ts';
import { countReplacements, createDecoder, type Encoding } from '../../src/lib/import/encoding.ts';
import type { Mapping } from '../../src/lib/import/mapping.ts';
import { plainBytes, plainValue } from '../../src/lib/import/parseNumber.ts';
import { parseFile, parseStream } from '../../src/lib/import/streamParse.ts';
import { TableBuilder } from '../../src/lib/import/TableBuilder.ts';

const today = dayOfIso('2026-12-01');
const headers = ['customer', 'order', 'date', 'amount', 'qty', 'region', 'note'];
const mapping = (patch: Partial<Mapping> = {}): Mapping => ({
  shape: 'transactions',
  columns: { customer: 0, order: 1, date: 2, amount: 3 },
  amountFrom: 'column',
  dayOrder: 'auto',
  decimalComma: false,
  excel1904: false,
  numbers: [4],
  categories: [5],
  delimiter: ',',
  ...patch
});

/** The same bytes read by parseStream on the text path (decoded first) or on the bytes, every result laid out for comparing. */
async function read(bytes: Uint8Array, encoding: Encoding, onBytes: boolean, m: Mapping, blockSize: number, pieceSize: number) {
  const builder = new TableBuilder(m, headers, { today, lines: true });
  const chunks: Record<string, number[]> = {};
  const labels: Record<string, string[]> = {};
  async function* pieces() {
    for (let at = 0; at < bytes.length; at += pieceSize) yield bytes.slice(at, at + pieceSize);
  }
  const result = await parseStream(builder, pieces(), { encoding }, {
    delimiter: m.delimiter ?? ',',
    firstLine: 1,
    skipHeader: m.firstRowIsData !== true,
    bytes: onBytes,
    blockSize,
    onBlock: () => {
      for (const [name, values] of Object.entries(builder.takeChunk())) (chunks[name] ??= []).push(...values);
      for (const [name, added] of Object.entries(builder.takeLabels())) (labels[name] ??= []).push(...added);
    }
  });
  return { result, chunks, labels, again: builder.readAgain(), state: builder.partState(), ...builder.finish() };
}

/** read() through parseFile: the bytes as a file, read by slices cut into blocks (fileBlocks). */
async function readFile(bytes: Uint8Array, encoding: Encoding, m: Mapping, blockSize: number) {
  const builder = new TableBuilder(m, headers, { today, lines: true });
  const chunks: Record<string, number[]> = {};
  const labels: Record<string, string[]> = {};
  const result = await parseFile(builder, new Blob([bytes as Uint8Array<ArrayBuffer>]), 0, bytes.length, { encoding }, {
    delimiter: m.delimiter ?? ',',
    firstLine: 1,
    skipHeader: m.firstRowIsData !== true,
    blockSize,
    onBlock: () => {
      for (const [name, values] of Object.entries(builder.takeChunk())) (chunks[name] ??= []).push(...values);
      for (const [name, added] of Object.entries(builder.takeLabels())) (labels[name] ??= []).push(...added);
    }
  });
  return { result, chunks, labels, again: builder.readAgain(), state: builder.partState(), ...builder.finish() };
}

/** A pseudo-random generator (LCG), so that a failing case can be run again. */
function generator(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const pools = {
  id: ['C1', 'C2', ' C1', 'C1 ', '17850.0', '17850', '', '"C,1"', '"C""2"', '中文', '\u00a0C1', 'C1\u3000', 'Zoë', '"two\nlines"', '"C1"', '"C1" ', '"C1"\t', '\ufeffC1', '\ufffd'],
  order: ['O1', 'O1', 'O2', '536365', '536365.0', '', ' O3', '"O,4"', '订单1'],
  date: ['2024-01-05', '2024-01-05', '2024-01-06', '5/1/2025', '2024-01-05 10:00:00', '5/1/2024', '13/1/2024', '1/13/2024', '', 'x', '2024年1月5日', '20240105', '"2024-01-05"', ' 2024-01-06', '1899-01-01', '01.02.24'],
  amount: ['10', '-4.5', '"1,234.50"', '$12', '(3)', '12%', '', 'abc', '１２', '0.1', '12345678901234567', '1e309', '+5', '.5', '5.', '-0', '007', ' 3 ', '1.2.3', '¥1200'],
  region: ['East', 'East', ' East', '华东', '', 'Ñandú', '"a""b"', 'x\u3000'],
  note: ['', 'n', '"a, b"', '"say ""hi"""', '汉字', '"\r\n"']
};
const latin = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x100 && (c.charCodeAt(0) < 0x80 || c.charCodeAt(0) >= 0xa0));

/**
 * A hostile CSV as bytes: quotes, CRLF, blank and short rows, a BOM, broken UTF-8 (or Windows-1252 bytes 0x80–0x9F);
 * with `odd`, also lone CR line ends and stray quotes inside unquoted cells (`C"1`).
 */
function hostile(random: () => number, encoding: Encoding, odd: boolean): Uint8Array {
  const loneCr = odd;
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const bytes: number[] = [];
  const put = (text: string) => {
    if (encoding === 'utf-8') bytes.push(...new TextEncoder().encode(text));
    else for (const c of text) bytes.push(c.charCodeAt(0));
  };
  const raw = encoding === 'utf-8' ? [[0xff], [0xc3], [0xe4, 0xb8], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98]] : [[0x80], [0x9f], [0x81], [0x93, 0x94]];
  const keep = (list: readonly string[]) => (encoding === 'utf-8' ? list : list.filter(latin));
  if (random() < 0.3 && !loneCr) bytes.push(0xef, 0xbb, 0xbf);
  put(headers.join(','));
  const rows = 1 + Math.floor(random() * 25);
  for (let r = 0; r < rows; r++) {
    const end = loneCr && random() < 0.3 ? '\r' : random() < 0.5 ? '\r\n' : '\n';
    put(end);
    if (random() < 0.08) continue; // a blank line
    const cells = [odd && random() < 0.1 ? 'C"1' : pick(keep(pools.id)), pick(keep(pools.order)), pick(keep(pools.date)), pick(keep(pools.amount)), pick(keep(pools.amount)), pick(keep(pools.region)), pick(keep(pools.note))];
    const width = random() < 0.1 ? Math.floor(random() * cells.length) : cells.length;
    for (let k = 0; k < width; k++) {
      if (k) put(',');
      const cell = cells[k];
      if (random() < 0.05) {
        // broken bytes inside a cell
        put(cell.slice(0, 1));
        bytes.push(...pick(raw));
        put(cell.slice(1));
      } else put(cell);
    }
  }
  if (random() < 0.5) put('\n');
  return Uint8Array.from(bytes);
}

describe('reading on the bytes gives what decoding first gives', () => {
  test('readsOnBytes: UTF-8 and Windows-1252 with a one-byte ASCII delimiter', () => {
    expect(readsOnBytes('utf-8', ',')).toBe(true);
    expect(readsOnBytes('windows-1252', ';')).toBe(true);
    expect(readsOnBytes('utf-8', '|')).toBe(true);
    expect(readsOnBytes('gb18030', ',')).toBe(false);
    expect(readsOnBytes('utf-16le', ',')).toBe(false);
    expect(readsOnBytes('utf-8', '::')).toBe(false);
    expect(readsOnBytes('utf-8', '"')).toBe(false);
  });

  test.each([
    ['utf-8', false, 1],
    ['utf-8', true, 2],
    ['windows-1252', false, 3],
    ['windows-1252', true, 4]
  ] as const)('%s, lone CR and stray quotes %s: 400 hostile files, cut into pieces (and small blocks), read both ways alike', async (encoding, odd, seed) => {
    // Blocks are cut at line ends with an even number of quotes before them. A stray quote (`C"1`, an ordinary
    // character to RowReader) or a lone CR (PapaParse reads such a block, guessing its line ends) makes where a
    // block is cut matter, and cuts fall apart as characters and bytes are counted: such files are read in one block.
    const random = generator(seed);
    for (let i = 0; i < 400; i++) {
      const bytes = hostile(random, encoding, odd);
      const blockSize = odd ? 1 << 30 : 1 + Math.floor(random() * 200);
      const pieceSize = 1 + Math.floor(random() * 64);
      const m = mapping({ ...(random() < 0.3 ? { dayOrder: 'dmy' as const } : {}), firstRowIsData: random() < 0.2 });
      const text = await read(bytes, encoding, false, m, blockSize, pieceSize);
      const onBytes = await read(bytes, encoding, true, m, blockSize, pieceSize);
      expect({ case: i, ...onBytes }).toEqual({ case: i, ...text });
      const fromFile = await readFile(bytes, encoding, m, blockSize);
      expect({ case: i, ...fromFile }).toEqual({ case: i, ...text });
    }
  });

  test.each([
    ['utf-8', [[0x41, 0xff], [0x41, 0xfe], [0x41, 0xef, 0xbf, 0xbd], [0x41, 0xc3]]],
    ['windows-1252', [[0x41, 0xa0], [0x41, 0x20], [0x41, 0x80], [0x41, 0x80, 0x20]]]
  ] as const)('%s: different bytes that read as one label (broken sequences, U+FFFD, trailing spaces) get one code', async (encoding, cells) => {
    const rows = cells.map((cell, i) => [...cell, ...new TextEncoder().encode(`,O${i},2024-01-05,1,,,\n`)]);
    const bytes = Uint8Array.from([...new TextEncoder().encode(headers.join(',') + '\n'), ...rows.flat()]);
    const text = await read(bytes, encoding, false, mapping(), 1 << 20, 1 << 20);
    const onBytes = await read(bytes, encoding, true, mapping(), 1 << 20, 1 << 20);
    expect(onBytes).toEqual(text);
    expect(new Set(onBytes.chunks.customer).size).toBe(encoding === 'utf-8' ? 1 : 2);
  });

  test('a real-looking export: sorted ids, repeated dates, Chinese labels, quoted descriptions', async () => {
    const lines = [headers.join(',')];
    for (let r = 0; r < 5000; r++) lines.push(`C${r % 97},SO${Math.floor(r / 3)},2024-0${1 + (r % 9)}-1${r % 10},${(r % 500) / 4},${r % 7},${['华东', '华北', '西南'][r % 3]},${r % 11 ? '' : '"A, ""B"""'}`);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const text = await read(bytes, 'utf-8', false, mapping(), 64 * 1024, 8192);
    const onBytes = await read(bytes, 'utf-8', true, mapping(), 64 * 1024, 8192);
    expect(onBytes).toEqual(text);
    expect(onBytes.report.rowsAccepted).toBe(5000);
    expect(onBytes.dictionaries['c:region']).toEqual(['华东', '华北', '西南']);
  });
});

describe('ByteText', () => {
  test('utf8Replacements counts the U+FFFD TextDecoder gives, on every short byte string over a hostile alphabet', () => {
    const alphabet = [0x41, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xbd, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff, 0xc0];
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const random = generator(7);
    for (let i = 0; i < 20000; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]);
      expect([i, utf8Replacements(bytes, 0, bytes.length)]).toEqual([i, countReplacements(decoder.decode(bytes))]);
    }
    expect(utf8Replacements(new TextEncoder().encode('a\ufffdb'), 0, 5)).toBe(1);
  });

  test('utf8Replacements on long ranges (ASCII runs read a word at a time) at every offset and alignment of their buffer', () => {
    const alphabet = [0x41, 0x2c, 0x0a, 0x80, 0xbf, 0xc2, 0xe0, 0xa0, 0xe5, 0x8d, 0x8e, 0xef, 0xbd, 0xf0, 0x90, 0xff];
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const random = generator(11);
    for (let i = 0; i < 3000; i++) {
      // Mostly ASCII, in runs that start and end anywhere, with hostile bytes between them.
      const length = 64 + Math.floor(random() * 400);
      const buffer = new Uint8Array(length + 8);
      for (let k = 0; k < buffer.length; k++) buffer[k] = random() < 0.85 ? 0x61 + (k % 26) : alphabet[Math.floor(random() * alphabet.length)];
      const offset = Math.floor(random() * 8);
      const bytes = buffer.subarray(offset, offset + length);
      const s = Math.floor(random() * 8);
      const e = length - Math.floor(random() * 8);
      expect([i, utf8Replacements(bytes, s, e)]).toEqual([i, countReplacements(decoder.decode(bytes.subarray(s, e)))]);
    }
  });

  test('text of a range: ASCII, UTF-8, a BOM kept as U+FEFF, Windows-1252 bytes 0x80–0x9F by the WHATWG table', () => {
    const utf8 = new ByteText('utf-8');
    const bytes = new TextEncoder().encode('\ufeffab,华东,' + 'x'.repeat(40));
    expect(utf8.text(bytes, 0, 5)).toBe('\ufeffab');
    expect(utf8.text(bytes, 6, 12)).toBe('华东');
    expect(utf8.text(bytes, 13, bytes.length)).toBe('x'.repeat(40));
    const cp1252 = new ByteText('windows-1252');
    expect(cp1252.text(Uint8Array.of(0x80, 0x41, 0xe9, 0x9f), 0, 4)).toBe(createDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x41, 0xe9, 0x9f)));
    expect(cp1252.text(Uint8Array.of(0x80), 0, 1)).toBe('€');
    expect(cp1252.replacements(Uint8Array.of(0x81, 0xff), 0, 2)).toBe(0);
  });
});

describe('plainBytes', () => {
  test.each(['0', '-0', '12', '-12.50', '+5', '.5', '5.', '007', '123456789012345', '1234567890123456', '', '-', '.', '1.2.3', '1e5', ' 1', '1,0', '١'])('%j reads as plainValue does (NaN where it would call Number)', (text) => {
    const bytes = new TextEncoder().encode(text);
    const expected = text.replace(/\D/g, '').length > 15 ? NaN : plainValue(text);
    expect(Object.is(plainBytes(bytes, 0, bytes.length), expected)).toBe(true);
  });
});

describe('ByteKeys', () => {
  test('finds what was set among 100,000 keys (grown and rehashed), the last found first, and nothing else', () => {
    const keys = new ByteKeys();
    const encode = (i: number) => new TextEncoder().encode(`key-${i}`);
    for (let i = 0; i < 100_000; i++) {
      const b = encode(i);
      expect(keys.get(b, 0, b.length)).toBe(absent);
      keys.set(b, 0, b.length, i * 4);
    }
    expect(keys.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 7) {
      const b = encode(i);
      expect(keys.get(b, 0, b.length)).toBe(i * 4);
      expect(keys.get(b, 0, b.length)).toBe(i * 4);
    }
    const framed = new TextEncoder().encode('[key-5]');
    expect(keys.get(framed, 1, 6)).toBe(20); // a key inside larger bytes
    expect(keys.get(framed, 1, 7)).toBe(absent);
    expect(keys.get(new TextEncoder().encode('key-100000'), 0, 10)).toBe(absent);
    expect(keys.get(new Uint8Array(0), 0, 0)).toBe(absent);
  });

  test('keys of 0-16 bytes (zeros in them, one a prefix of another) found wherever they lie, to the last byte of a block', () => {
    const random = generator(5);
    const keys = new ByteKeys();
    const reference = new Map<string, number>();
    for (let i = 0; i < 40_000; i++) {
      const length = Math.floor(random() * 17);
      // Few distinct bytes, zeros among them: many keys equal but for their length or one byte.
      const key = Uint8Array.from({ length }, () => [0, 0x41, 0x42, 0xe5, 0xff][Math.floor(random() * 5)]);
      const before = Math.floor(random() * 5);
      const after = random() < 0.3 ? 0 : Math.floor(random() * 20);
      const block = new Uint8Array(before + length + after).fill(0x41);
      block.set(key, before);
      const name = Array.from(key).join('.') + `/${length}`;
      const found = keys.get(block, before, before + length);
      expect([name, found]).toEqual([name, reference.get(name) ?? absent]);
      if (found === absent) {
        keys.set(block, before, before + length, i);
        reference.set(name, i);
      }
    }
    expect(keys.size).toBe(reference.size);
  });
});
