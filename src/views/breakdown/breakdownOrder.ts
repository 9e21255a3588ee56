import type { BreakdownRow } from '../../lib/analysis/breakdown.ts';

/** What the breakdown's chart and table are sorted by. */
export type BreakdownOrder = 'customers' | 'value' | 'label';

/**
 * The rows in the chosen order: most customers (what the bars show) or most value first, ties by label;
 * or by label (numbers in numeric order, Chinese by pinyin in `locale`). The row without a value comes last.
 */
export function breakdownOrder(rows: readonly BreakdownRow[], order: BreakdownOrder, locale: 'en' | 'zh'): BreakdownRow[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const byLabel = (a: BreakdownRow, b: BreakdownRow) => collator.compare(a.label, b.label);
  const compare =
    order === 'customers' ? (a: BreakdownRow, b: BreakdownRow) => b.customers - a.customers || byLabel(a, b)
    : order === 'value' ? (a: BreakdownRow, b: BreakdownRow) => b.revenue - a.revenue || byLabel(a, b)
    : byLabel;
  return [...rows].sort((a, b) => Number(!!a.missing) - Number(!!b.missing) || compare(a, b));
}
