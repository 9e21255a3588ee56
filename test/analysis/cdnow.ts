import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { customerBase } from '../../src/lib/analysis/customerBase.ts';
import { importText } from '../../src/lib/import/importText.ts';

const root = join(import.meta.dirname, '..', '..');
/** The CDNOW 1/10 sample (/work/shared/data/README.md): 2,357 customers, 1997-01-01 to 1998-06-30. */
export const cdnowFile = join(root, '..', 'shared', 'data', 'cdnow_sample.csv');

/** The CDNOW table as the app imports it, and its customer base at 1997-09-30 in weeks (dense: only the base). */
export function cdnow() {
  const imported = importText(readFileSync(cdnowFile, 'utf8'));
  const table = imported.table;
  let analysisDay = -Infinity;
  for (const d of table.date!) analysisDay = Math.max(analysisDay, d);
  const base = customerBase(table, { calibrationEnd: dayOfIso('1997-09-30'), analysisDay, unitDays: 7 });
  const members = [...base.included.keys()].filter((i) => base.included[i]);
  const pick = (a: Float64Array, rows: number[]) => Float64Array.from(rows, (i) => a[i]);
  const spenders = members.filter((i) => base.x[i] > 0 && base.mbar[i] > 0);
  return {
    imported,
    table,
    analysisDay,
    base,
    bgnbd: { x: pick(base.x, members), tx: pick(base.tx, members), T: pick(base.T, members) },
    gammaGamma: { x: pick(base.x, spenders), mbar: pick(base.mbar, spenders) }
  };
}
