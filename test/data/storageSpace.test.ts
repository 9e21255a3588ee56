import { describe, expect, test } from 'vitest';
import { serialize } from 'node:v8';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';
import { approximateBytes, checkSpace, expectedStoredBytes, isStorageFull, keptColumns, persistence, spareShare, storedPerFileByte } from '../../src/lib/data/storageSpace.ts';

const mapping = (columns: Record<string, number>, numbers: number[] = [], categories: number[] = [], amountFrom = 'column') => ({ columns, numbers, categories, amountFrom });

describe('keptColumns(mapping)', () => {
  test.each([
    ['roles only', mapping({ customer: 0, date: 1, amount: 2 }), 3],
    ['roles, indicators and attributes', mapping({ customer: 0, date: 1, amount: 2 }, [4], [5, 6]), 6],
    ['a column named twice counts once', mapping({ customer: 0, order: 0, amount: 2 }), 2],
    ['amount from quantity × price is one more column', mapping({ customer: 0, quantity: 1, price: 2 }, [], [], 'quantityTimesPrice'), 4],
    ['nothing mapped', mapping({}), 0]
  ])('%s', (_, m, n) => expect(keptColumns(m)).toBe(n));
});

describe('expectedStoredBytes(fileBytes, kept, columns)', () => {
  test('scales the file size by the stored ratio and the share of columns kept', () => {
    expect(expectedStoredBytes(1_000_000, 4, 4)).toBe(Math.ceil(1_000_000 * storedPerFileByte));
    expect(expectedStoredBytes(1_000_000, 2, 4)).toBe(Math.ceil(500_000 * storedPerFileByte));
  });
  test('counts at least one column and never more than all of them', () => {
    expect(expectedStoredBytes(1000, 0, 10)).toBe(expectedStoredBytes(1000, 1, 10));
    expect(expectedStoredBytes(1000, 12, 10)).toBe(expectedStoredBytes(1000, 10, 10));
  });
  test('an empty file needs nothing', () => expect(expectedStoredBytes(0, 3, 3)).toBe(0));
  test.each([[-1, 1, 1], [NaN, 1, 1], [10, 1, 0]])('rejects %s bytes, %s of %s columns', (b, k, c) => {
    expect(() => expectedStoredBytes(b, k, c)).toThrow(RangeError);
  });
});

describe('checkSpace(estimate, expected)', () => {
  test('fits when the expected bytes and the spare share are left', () => {
    const needed = Math.ceil(1000 * (1 + spareShare));
    expect(checkSpace({ usage: 0, quota: needed }, 1000)).toEqual({ ok: true, needed, available: needed });
    expect(checkSpace({ usage: 1, quota: needed }, 1000)).toEqual({ ok: false, needed, available: needed - 1 });
  });
  test('a usage beyond the quota leaves nothing', () => expect(checkSpace({ usage: 10, quota: 5 }, 1)).toMatchObject({ ok: false, available: 0 }));
  test('a browser without an estimate is not second-guessed', () => {
    expect(checkSpace(undefined, 1e12)).toMatchObject({ ok: true, available: Infinity });
    expect(checkSpace({ usage: 0, quota: 0 }, 1e12)).toMatchObject({ ok: true });
  });
});

describe('isStorageFull(error)', () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  test.each([
    ['a QuotaExceededError', quota, true],
    ["Dexie's AbortError around one", Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota }), true],
    ['an abort naming it in its message (Chromium)', Object.assign(new Error('QuotaExceededError'), { name: 'AbortError' }), true],
    ['a worker error coded error.quota', { code: 'error.quota' }, true],
    ['a worker error coded error.spaceShort', { code: 'error.spaceShort' }, true],
    ['another error', new TypeError('x is undefined'), false],
    ['another abort', Object.assign(new Error('Transaction aborted'), { name: 'AbortError' }), false],
    ['nothing', undefined, false]
  ])('%s: %s', (_, error, full) => expect(isStorageFull(error)).toBe(full));
});

describe('persistence(ask, storage)', () => {
  const storage = (persisted: boolean, grant: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), grant)
    };
  };
  test('reports persistent storage without asking again', async () => {
    const s = storage(true, false);
    expect(await persistence(true, s)).toBe('persistent');
    expect(s.calls).toEqual(['persisted']);
  });
  test('asks only when told to, and reports the answer', async () => {
    const s = storage(false, true);
    expect(await persistence(false, s)).toBe('best-effort');
    expect(s.calls).toEqual(['persisted']);
    expect(await persistence(true, s)).toBe('persistent');
    expect(await persistence(true, storage(false, false))).toBe('best-effort');
  });
  test('without the API, or when it throws, says unsupported', async () => {
    expect(await persistence(true, undefined)).toBe('unsupported');
    expect(await persistence(true, { persisted: async () => { throw new Error('no'); }, persist: async () => true })).toBe('unsupported');
  });
});

describe('approximateBytes', () => {
  test('counts typed arrays by their bytes, strings two bytes a character, and errs on the large side', () => {
    expect(approximateBytes(new Float64Array(1000))).toBe(16 + 8000);
    expect(approximateBytes('abc')).toBe(10);
    const value = { a: new Int32Array(250), list: [1, 'xy', null], nested: { deep: new Uint8Array(3) } };
    const bytes = approximateBytes(value);
    expect(bytes).toBeGreaterThan(1000 + 3);
    expect(bytes).toBeLessThan(1200);
    // Not less than its structured clone (V8's serializer, which IndexedDB uses to store it).
    expect(bytes).toBeGreaterThanOrEqual(serialize(value).length);
  });

  test('an analysis result, the forecast and change over time included, is not larger stored than said', () => {
    const { table } = importText([...generateTransactions({ rows: 20_000, seed: 5 })].join('\n') + '\n');
    const config = defaultConfig();
    config.forecast.enabled = true;
    config.change.enabled = true;
    const { result } = new Analyzer(table).run(config);
    const stored = serialize(result).length;
    expect(approximateBytes(result)).toBeGreaterThanOrEqual(stored);
    expect(approximateBytes(result)).toBeLessThan(2 * stored);
  });
});
