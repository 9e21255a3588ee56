import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../src/lib/import/parseCsv.ts';
import { validateMapping, type Mapping } from '../../src/lib/import/mapping.ts';
import { withDateRange } from '../../src/lib/import/dateRange.ts';
import { readPart } from '../../src/lib/import/readPart.ts';
import { warmUpCsv } from '../../src/lib/import/warmUpCsv.ts';

// The made-up file warms up the paths of real files only if it is read as one: every role mapped, every row taken.
describe('warmUpCsv', () => {
  it('is an order-lines file whose guessed mapping takes every row, with quoted fields, returns and blank customers', async () => {
    const bytes = warmUpCsv(5_000);
    expect(warmUpCsv(5_000)).toEqual(bytes);
    const head = previewCsv(new TextDecoder().decode(warmUpCsv(64)));
    const checked = validateMapping(head.mapping as Mapping, head.headers);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.mapping.shape).toBe('transactions');
    expect(Object.keys(checked.mapping.columns).sort()).toEqual(['customer', 'date', 'order', 'price', 'product', 'quantity', 'region']);
    const today = Date.UTC(2026, 0, 1) / 86_400_000;
    const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const read = await readPart({ file, start: 0, end: file.size, first: true, encoding: 'utf-8', delimiter: head.delimiter, mapping: withDateRange(checked.mapping, today), headers: head.headers, today }, () => undefined);
    const report = read.outcome.report;
    expect(report.rowsRead).toBe(5_000);
    expect(report.rowsRejected).toBe(0);
    expect(report.rowsWithoutCustomer).toBeGreaterThan(300);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"SET OF');
    expect(text).toMatch(/,-\d,/);
    expect(text).toMatch(/ \d\d:\d\d:00,/);
  });
});
