import { describe, expect, test } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { PackedDictionary } from '../../src/lib/import/PackedDictionary.ts';
import { createRandom } from '../../src/lib/sample/random.ts';

/** Uniform numbers in [0, 1) from a seed: each seed gives the same file. */
function random(seed: number): () => number {
  return createRandom(seed).next;
}

/** The numbers a Map gives strings in the order they are first met. */
function mapNumbers(texts: string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    let n = seen.get(t);
    if (n === undefined) seen.set(t, (n = seen.size));
    return n;
  });
}

describe('PackedDictionary numbers strings as a Map does', () => {
  test('many ids, repeated, with prefixes of each other and the empty string (the table grows and rehashes many times)', () => {
    const r = random(7);
    const texts: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      const x = r();
      texts.push(x < 0.3 && texts.length ? texts[Math.floor(r() * texts.length)] : x < 0.35 ? '' : `SO${Math.floor(r() * 40_000)}`.slice(0, 2 + Math.floor(r() * 6)));
    }
    const packed = new PackedDictionary();
    expect(texts.map((t) => packed.intern(t))).toEqual(mapNumbers(texts));
    expect(packed.size).toBe(new Set(texts).size);
  });

  test('characters beyond U+00FF met late (the arena widens) and surrogate pairs stay exact', () => {
    const texts = ['A-1', 'é-2', 'A-1', 'ÿ', '订单-1', 'A-1', 'é-2', '订单-1', '订单-2', '😀', '\ud83d', '😁', 'ÿ', '订单'];
    for (let i = 0; i < 5000; i++) texts.push(i % 3 ? `单${i % 700}` : `x${i % 900}`);
    const packed = new PackedDictionary();
    expect(texts.map((t) => packed.intern(t))).toEqual(mapNumbers(texts));
  });

  test('strings that differ only in one code unit of equal length are told apart', () => {
    const texts = ['ab', 'ba', 'aa', 'bb', 'ab', '\u0100b', 'Āb', 'a\u0000', 'a'];
    const packed = new PackedDictionary();
    expect(texts.map((t) => packed.intern(t))).toEqual(mapNumbers(texts));
  });
});

/** Transactions whose order ids are what exports hold: padded, `.0` ids, Chinese, blank; rows of one order apart. */
function orderFile(seed: number, rows: number): string {
  const r = random(seed);
  const lines = ['customer,order,date,amount'];
  for (let i = 0; i < rows; i++) {
    const o = Math.floor(r() * rows * 0.4);
    const x = r();
    const order = x < 0.05 ? '' : x < 0.1 ? ` SO${o} ` : x < 0.15 ? `${o}.0` : x < 0.2 ? `${o}` : x < 0.25 ? `订单${o}` : `SO${o}`;
    lines.push([`C${Math.floor(r() * 300)}`, order, `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15`, (r() * 400 - 40).toFixed(2)].join(','));
  }
  return lines.join('\n') + '\n';
}

describe('an import that keeps no order ids', () => {
  const today = dayOfIso('2026-12-01');
  test.each([1, 2, 3])('gives the same codes, report and analysis as one that keeps them (seed %i)', (seed) => {
    const text = orderFile(seed, 4000);
    const kept = importText(text, { today });
    const packed = importText(text, { today, orderLabels: false });
    expect(Array.from(packed.table.order!.codes)).toEqual(Array.from(kept.table.order!.codes));
    expect(packed.table.order!.labels.length).toBe(kept.table.order!.labels.length);
    expect(Object.keys(packed.table.order!.labels)).toEqual([]); // no order id text is held
    expect(packed.table.customer.labels).toEqual(kept.table.customer.labels);
    expect(packed.report).toEqual(kept.report);
    const config = defaultConfig().summary;
    const a = summarize(kept.table, config);
    const b = summarize(packed.table, config);
    expect(Array.from(b.metrics.orders)).toEqual(Array.from(a.metrics.orders));
    expect(b.stats).toEqual(a.stats);
  });
});
