import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { fromOrders, summaryAt } from '../../src/lib/analysis/summaryAt.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { snapshot, summaryConfig } from './transactionTable.ts';

const { table } = importText(readFileSync('public/samples/synthetic.csv', 'utf8'));

describe('summaryAt(table, full, config, E, metrics): the summary with the rows up to E and E as analysis date', () => {
  const fields = ['ids', 'analysisDay', 'frequency', 'revenue', 'monetary', 'recencyDays', 'tenureDays', 'firstDay', 'lastDay'] as const;
  test.each([
    ['all history, sum', summaryConfig(), ['revenue']],
    ['window 60 days, average', summaryConfig({ windowDays: 60, monetary: 'average' }), ['monetary', 'recency']],
    ['profit: the rows are read again', summaryConfig(), ['profit']],
    ['F counts rows: the rows are read again', summaryConfig({ frequency: 'rows' }), ['revenue']]
  ] as const)('%s', (_name, config, metrics) => {
    const full = summarize(table, config);
    const before = snapshot(full);
    for (const E of ['2024-01-31', '2024-07-15', '2024-12-31']) {
      const expected = summarize(table, { ...config, analysisDate: E });
      const { summary, index } = summaryAt(table, full, config, dayOfIso(E), [...metrics]);
      for (const f of fields) expect(summary[f], f).toEqual(expected[f]);
      for (const m of metrics) expect(summary.metrics[m]).toEqual(expected.metrics[m]);
      expect(Array.from(index, (i) => full.ids[i])).toEqual(expected.ids);
    }
    expect(full).toEqual(before);
  });

  test.each([
    [summaryConfig(), ['revenue', 'orders', 'tenure'], true],
    [summaryConfig(), ['quantity'], false],
    [summaryConfig({ frequency: 'rows' }), ['revenue'], false]
  ] as const)('fromOrders(%j, %j) = %s', (config, metrics, expected) => {
    expect(fromOrders(config, [...metrics])).toBe(expected);
  });
});
