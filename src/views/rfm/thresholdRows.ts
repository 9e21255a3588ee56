import type { RfmThresholds } from '../../lib/analysis/rfm.ts';

/**
 * The thresholds actually used, as rows (header first) for the table and its CSV export: one row per
 * dimension and level with its min and max in the dimension's units, then the cut points per dimension.
 */
export function thresholdRows(th: RfmThresholds, translate: (key: string) => string): (string | number)[][] {
  const dims = [
    ['r', translate('rfm.dim.r')],
    ['f', translate('rfm.dim.f')],
    ['m', translate('rfm.dim.m')]
  ] as const;
  const rows: (string | number)[][] = [[translate('rfm.th.dimension'), translate('rfm.th.level'), translate('rfm.th.min'), translate('rfm.th.max')]];
  for (const [key, name] of dims) {
    for (const l of [...th[key]].sort((a, b) => b.level - a.level)) rows.push([name, l.level, l.min, l.max]);
  }
  for (const [key, name] of dims) rows.push([name, translate('rfm.th.cuts'), th.cuts[key].join(' | '), '']);
  return rows;
}
