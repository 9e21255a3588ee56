import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { createDecoder, type Encoding } from '../../src/lib/import/encoding.ts';
import { importText } from '../../src/lib/import/importText.ts';
import type { Mapping } from '../../src/lib/import/mapping.ts';
import { judgeParts, partFirstLines, PartsMerger, partStarts, type PartOutcome } from '../../src/lib/import/mergeParts.ts';
import { parseStream } from '../../src/lib/import/streamParse.ts';
import { TableBuilder } from '../../src/lib/import/TableBuilder.ts';

const today = dayOfIso('2026-12-01');
type Column = Int32Array | Float64Array;

async function* once(bytes: Uint8Array) {
  yield bytes;
}

function concat(chunks: Record<string, Column>[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const chunk of chunks) for (const [name, values] of Object.entries(chunk)) (out[name] ??= []).push(...values);
  return out;
}

/** One reading of the whole file, as the import worker does it without parts (read again as TableBuilder asks). */
async function readWhole(bytes: Uint8Array, mapping: Mapping, headers: string[], encoding: Encoding = 'utf-8') {
  for (let pass = 0; ; pass++) {
    const builder = new TableBuilder(mapping, headers, { today, lines: true });
    const chunks: Record<string, Column>[] = [];
    // Decoded first (the text path), while the parts are read on their bytes where the encoding allows: each checks the other.
    await parseStream(builder, once(bytes), { encoding }, { delimiter: mapping.delimiter ?? ',', firstLine: 1, skipHeader: !mapping.firstRowIsData, onBlock: () => void chunks.push(builder.takeChunk()), bytes: false });
    const again = pass < 2 ? builder.readAgain() : null;
    if (again) {
      mapping = { ...mapping, ...again };
      continue;
    }
    const { dictionaries, report } = builder.finish();
    return { columns: concat(chunks), dictionaries, report };
  }
}

/** The same file cut into `parts` parts, each read on its own, judged and merged as the import worker does with its part workers. */
async function readInParts(bytes: Uint8Array, mapping: Mapping, headers: string[], parts: number, encoding: Encoding = 'utf-8') {
  const starts = await partStarts(bytes.length, parts, async (a, b) => bytes.subarray(a, b));
  for (let pass = 0; ; pass++) {
    const outcomes: PartOutcome[] = [];
    const items: { chunk: Record<string, Column>; labels: Record<string, string[]> }[][] = [];
    for (let k = 0; k < starts.length; k++) {
      const builder = new TableBuilder(mapping, headers, { today, lines: true });
      const mine: (typeof items)[number] = [];
      const part = bytes.subarray(starts[k], starts[k + 1] ?? bytes.length);
      const read = await parseStream(builder, once(part), { encoding, keepBom: k > 0 }, {
        delimiter: mapping.delimiter ?? ',',
        firstLine: 1,
        skipHeader: k === 0 && !mapping.firstRowIsData,
        onBlock: () => void mine.push({ chunk: builder.takeChunk(), labels: builder.takeLabels() })
      });
      items.push(mine);
      outcomes.push({ report: builder.finish().report, state: builder.partState(), lines: read.lines, quotes: read.quotes, replacements: read.replacements });
    }
    const verdict = judgeParts(outcomes, mapping, pass < 2);
    if (verdict.kind === 'whole') return { verdict, starts };
    if (verdict.kind === 'readAgain') {
      mapping = { ...mapping, ...verdict.change };
      continue;
    }
    const merger = new PartsMerger({ countCustomerDays: mapping.shape === 'transactions' && mapping.columns.order === undefined });
    const firstLines = partFirstLines(outcomes);
    const chunks = items.flatMap((mine, k) => mine.map(({ chunk, labels }) => merger.chunk(k, chunk, labels, firstLines[k])));
    const { dictionaries, report } = merger.finish(outcomes);
    return { verdict, starts, columns: concat(chunks), dictionaries, report };
  }
}

async function expectSame(text: string, parts: number, patch: Partial<Mapping> = {}) {
  const { mapping, headers } = importText(text, { today, mapping: patch });
  const bytes = new TextEncoder().encode(text);
  const whole = await readWhole(bytes, mapping, headers);
  const split = await readInParts(bytes, mapping, headers, parts);
  expect(split.verdict).toEqual({ kind: 'ok' });
  expect(split.starts.length).toBeGreaterThan(1);
  expect(split.columns).toEqual(whole.columns);
  expect(split.dictionaries).toEqual(whole.dictionaries);
  expect(split.report).toEqual(whole.report);
  return { whole, split };
}

/** A small random number generator (mulberry32) so each seed gives the same file. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Transactions with what real exports have: repeated and padded ids, `.0` ids, no customer, bad dates and numbers, blank lines, quotes, CRLF. */
function messyFile(seed: number, rows: number, dates: (r: () => number) => string): string {
  const r = random(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const eol = r() < 0.5 ? '\n' : '\r\n';
  const lines = ['customer,order,date,amount,region,note'];
  for (let i = 0; i < rows; i++) {
    const x = r();
    const customer = x < 0.03 ? '' : x < 0.06 ? ` C${Math.floor(r() * 40)} ` : x < 0.1 ? `${1000 + Math.floor(r() * 40)}.0` : `C${Math.floor(r() * 40)}`;
    const order = `O${Math.floor(i / (1 + Math.floor(r() * 3)))}`;
    const date = r() < 0.02 ? 'soon' : dates(r);
    const amount = r() < 0.02 ? 'n/a' : r() < 0.1 ? `"1,${Math.floor(r() * 900 + 100)}.50"` : (r() * 500 - 20).toFixed(2);
    const region = pick(['North', 'South', '华东', 'West ', '']);
    const note = r() < 0.1 ? `"said ""hi"", then left"` : r() < 0.05 ? '"two\nlines"' : 'ok';
    lines.push([customer, order, date, amount, region, note].join(','));
    if (r() < 0.02) lines.push('');
  }
  return lines.join(eol) + (r() < 0.5 ? eol : '');
}

const isoDates = (r: () => number) => `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
/** d/m/yyyy where most dates fit both orders: which order is meant is decided late, and differently in each part. */
const slashDates = (r: () => number) => `${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 12)}/2024`;

describe('a file read in parts in parallel gives what one reading gives', () => {
  test.each([
    [1, 2],
    [2, 3],
    [3, 4],
    [4, 7]
  ])('seed %i in %i parts: the same codes, dictionaries, lines and report', async (seed, parts) => {
    await expectSame(messyFile(seed, 3000, isoDates), parts);
  });

  test('orders counted as customer-days when no order id is mapped, across parts', async () => {
    const text = messyFile(5, 2000, isoDates);
    const { whole } = await expectSame(text, 3, { columns: { customer: 0, date: 2, amount: 3, region: 4 } });
    expect(whole.report.orders).toBeGreaterThan(100);
  });

  test('day order decided late and differently in the parts: read again in the order of the first decision, as one reading would', async () => {
    const r = random(9);
    // Part 2 holds the first deciding date month-first (3/16/2024); a later part sees a day-first one (16/3/2024), a conflict.
    const rows = ['customer,date,amount'];
    for (let i = 0; i < 3000; i++) rows.push(`C${i % 50},${slashDates(r)},${(1 + (i % 7)).toFixed(2)}`);
    rows[1200] = 'C1,3/16/2024,5.00';
    rows[2600] = 'C2,16/3/2024,5.00';
    const text = rows.join('\n') + '\n';
    const { whole, split } = await expectSame(text, 4, { dayOrder: 'auto' });
    expect(whole.report.rejectedByReason['reject.dayOrderConflict']).toBe(1);
    expect(split.report!.rejectedByReason['reject.ambiguousDate']).toBeUndefined();
  });

  test('two-digit years among four-digit ones: the counts of all parts decide, as for one reading', async () => {
    const rows = ['customer,date,amount'];
    for (let i = 0; i < 2000; i++) rows.push(`C${i % 30},${i % 10 === 0 ? '2024-03-0' + (1 + (i % 9)) : '03/0' + (1 + (i % 9)) + '/24'},1`);
    for (let i = 0; i < 2000; i++) rows.push(`C${i % 30},2024-04-0${1 + (i % 9)},1`);
    await expectSame(rows.join('\n'), 3);
  });

  test('the real Online Retail head: 20,000 rows in 2 and 5 parts', async () => {
    const path = resolve(import.meta.dirname, '../../../shared/data/online_retail.csv');
    const all = readFileSync(path, 'latin1');
    const text = all.slice(0, all.split('\n', 20001).join('\n').length + 1);
    for (const parts of [2, 5]) await expectSame(text, parts);
  });

  test('a cut inside a quoted field is seen, and the file is read whole', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `line ${i}`).join('\n');
    const text = `customer,date,amount,note\nA,2024-01-01,1,"${long}"\nB,2024-01-02,2,x\n`;
    const { mapping, headers } = importText(text, { today });
    const split = await readInParts(new TextEncoder().encode(text), mapping, headers, 2);
    expect(split.verdict.kind).toBe('whole');
  });

  test('a row starting with U+FEFF after a cut keeps it, as in one reading', async () => {
    const rows = ['customer,date,amount'];
    for (let i = 0; i < 1000; i++) rows.push(`${i === 500 ? '\ufeff' : ''}C${i % 9},2024-01-0${1 + (i % 9)},1`);
    const text = rows.join('\n') + '\n';
    const { mapping, headers } = importText(text, { today });
    const bytes = new TextEncoder().encode(text);
    const cut = text.indexOf('\ufeff');
    const starts = await partStarts(bytes.length, 2, async (a, b) => bytes.subarray(a, b));
    expect(new TextDecoder().decode(bytes.subarray(0, starts[1])).length).toBe(cut);
    const whole = await readWhole(bytes, mapping, headers);
    const split = await readInParts(bytes, mapping, headers, 2);
    expect(split.report).toEqual(whole.report);
    // One reading trims it like any white space, and counts the trim: the part must see the character, not drop it as a byte-order mark.
    expect(whole.report.coercions['customer|trimmed']).toBe(1);
  });
});

describe('partStarts', () => {
  test('cuts right after a line end near each share; a part without a line end is merged', async () => {
    const bytes = new TextEncoder().encode('h\naaaa\nbbbb\ncccc\ndddd\n');
    expect(await partStarts(bytes.length, 2, async (a, b) => bytes.subarray(a, b))).toEqual([0, 12]);
    // A smaller first share: the first cut at the line end after a fifth of the file, the rest cut evenly (lines of 9 bytes).
    const lines = new TextEncoder().encode(Array.from({ length: 1000 }, (_, i) => `row ${String(i).padStart(4, '0')}`).join('\n') + '\n');
    const uneven = await partStarts(lines.length, 3, async (a, b) => lines.subarray(a, b), 0.2);
    expect(uneven).toEqual([0, 0.2 * lines.length + 9, 0.6 * lines.length + 9]);
    const oneLine = new TextEncoder().encode('x'.repeat(1000));
    expect(await partStarts(oneLine.length, 4, async (a, b) => oneLine.subarray(a, b))).toEqual([0]);
  });

  test('a line longer than the first window at a cut is read on in larger windows; every first window is read before any larger one', async () => {
    // 4 MB: a 300,000-byte line from 1,000,000 on, across the first cut (at 1 MB); short lines elsewhere.
    const short = 'r,1\n'.repeat(250_000);
    const text = short + 'L'.repeat(300_000) + '\n' + 'r,1\n'.repeat(723_576);
    const bytes = new TextEncoder().encode(text);
    const reads: number[] = [];
    const starts = await partStarts(bytes.length, 4, async (a, b) => {
      reads.push(b - a);
      return bytes.subarray(a, b);
    });
    const long = short.length + 300_001;
    const [, c1, c2, c3] = starts;
    expect(starts.length).toBe(4);
    expect(c1).toBe(long);
    for (const [cut, share] of [[c2, 2], [c3, 3]]) {
      expect((cut - long) % 4).toBe(0); // right after a short line
      expect(cut).toBeGreaterThan((share * bytes.length) / 4);
      expect(cut).toBeLessThanOrEqual((share * bytes.length) / 4 + 4);
    }
    expect(reads).toEqual([65536, 65536, 65536, 262144]);
  });
});
