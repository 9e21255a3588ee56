import { describe, expect, test } from 'vitest';
import { rankedColumns } from '../../../src/views/abc/rankedColumns.ts';
import { tableRows } from '../../../src/lib/ui/tableColumn.ts';
import { translate } from '../../../src/lib/i18n/messages.ts';
import { changhai } from '../../charts/changhai.ts';

const lang = { t: (k: string, p?: Record<string, unknown>) => translate('en', k, p), num: (v: number, d = 0) => v.toFixed(d), pct: (v: number, d = 1) => `${(v * 100).toFixed(d)} %` };

describe('rankedColumns(): the ranked customer table of the 长海物流 case', () => {
  const { summary, abc } = changhai();
  const cols = rankedColumns(abc, summary.ids, new Set([abc.order[1]]), lang, 'Revenue');

  test('rank, id, value, share and cumulative share in %, class, note (METHOD §3 figures)', () => {
    const rows = tableRows(cols, abc.order.slice(0, 5));
    expect(rows).toEqual([
      ['Rank', 'Customer', 'Revenue', 'Share (%)', 'Cumulative (%)', 'Class', 'Note'],
      [1, '4', 740, 37, 37, 'A', ''],
      [2, '1', 590, 29.5, 66.5, 'A', 'one-off big ticket'],
      [3, '2', 140, 7, 73.5, 'A', ''],
      [4, '5', 120, 6, 79.5, 'A', ''],
      [5, '3', 100, 5, 84.5, 'B', '']
    ]);
  });

  test('the big-ticket customer is starred on screen', () => {
    expect(cols.find((c) => c.id === 'flag')!.text(abc.order[1])).toBe('★ one-off big ticket');
  });

  test('a customer with a value of zero or less is noted', () => {
    const zero = { ...abc, value: Float64Array.from(abc.value, (v, i) => (i === abc.order[13] ? 0 : v)) };
    const flag = rankedColumns(zero, summary.ids, new Set(), lang, 'Revenue').find((c) => c.id === 'flag')!;
    expect(flag.value(abc.order[13])).toBe('contributes nothing');
  });
});
