import type { AbcResult } from '../../lib/analysis/abc.ts';
import type { TableColumn } from '../../lib/ui/tableColumn.ts';

const classNames = ['A', 'B', 'C'];

/** Columns of the ranked customer table: rank, id, value, share, cumulative share, class, and the one-off big-ticket mark. */
export function rankedColumns(
  abc: AbcResult,
  ids: readonly string[],
  bigTicket: ReadonlySet<number>,
  lang: { t: (key: string, params?: Record<string, unknown>) => string; num: (v: number, digits?: number) => string; pct: (v: number, digits?: number) => string },
  valueHeader: string
): TableColumn[] {
  const { t, num, pct } = lang;
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return [
    { id: 'rank', header: t('abc.col.rank'), numeric: true, width: 4.5, value: (i) => abc.rank[i] + 1, text: (i) => num(abc.rank[i] + 1) },
    { id: 'id', header: t('abc.col.id'), numeric: false, width: 10, value: (i) => ids[i] ?? '', text: (i) => ids[i] ?? '' },
    { id: 'value', header: valueHeader, numeric: true, width: 10, value: (i) => abc.value[i], text: (i) => num(abc.value[i], 2) },
    { id: 'share', header: t('abc.col.share'), numeric: true, width: 7.5, value: (i) => round(abc.share[i] * 100, 4), text: (i) => pct(abc.share[i]) },
    { id: 'cum', header: t('abc.col.cum'), numeric: true, width: 9, value: (i) => round(abc.cumShare[i] * 100, 4), text: (i) => pct(abc.cumShare[i]) },
    { id: 'class', header: t('abc.col.class'), numeric: false, width: 4.5, value: (i) => classNames[abc.cls[i]] ?? '', text: (i) => classNames[abc.cls[i]] ?? '' },
    {
      id: 'flag',
      header: t('abc.col.flag'),
      numeric: false,
      width: 11,
      value: (i) => (bigTicket.has(i) ? t('abc.flag.bigTicket') : abc.value[i] <= 0 ? t('abc.flag.nonPositive') : ''),
      text: (i) => (bigTicket.has(i) ? `★ ${t('abc.flag.bigTicket')}` : abc.value[i] <= 0 ? t('abc.flag.nonPositive') : '')
    }
  ];
}
