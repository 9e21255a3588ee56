import { abc, type AbcConfig } from '../analysis/abc.ts';
import { compareIds } from '../analysis/compareIds.ts';
import { summarize } from '../analysis/summarize.ts';
import type { Table } from '../analysis/table.ts';
import type { SummaryConfig } from '../analysis/types.ts';

/** Most customers an exercise table may have (a classroom table fits on one sheet). */
export const maxExerciseCustomers = 50;
/** Tolerance of a student's share or cumulative share, in percentage points. */
export const tolerancePoints = 0.1;

const summaryConfig: SummaryConfig = { analysisDate: null, windowDays: null, frequency: 'orders', monetary: 'sum' };

/** One customer of an exercise in rank order, with the answers computed by the engine's `abc()`. */
export interface ExerciseRow {
  rank: number;
  id: string;
  value: number;
  /** Percentages (0–100). */
  share: number;
  cumShare: number;
  cls: 'A' | 'B' | 'C';
}

/** The customer metrics of a table an exercise can use (numeric indicators), in column order. */
export function exerciseMetrics(table: Table): string[] {
  return [...(table.amount ? ['revenue'] : []), ...Object.keys(table.numbers)];
}

/** Whether a table can be an exercise: a customer table with 1 to `maxExerciseCustomers` customers and a numeric indicator. */
export function isExerciseTable(table: Table): boolean {
  if (table.shape !== 'customers' || !exerciseMetrics(table).length) return false;
  const customers = new Set<number>();
  for (const c of table.customer.codes) if (c >= 0) customers.add(c);
  return customers.size > 0 && customers.size <= maxExerciseCustomers;
}

/** The metric an exercise uses: the configured one when the table has it, else the first indicator. */
export function exerciseMetric(table: Table, preferred: string): string {
  const metrics = exerciseMetrics(table);
  if (!metrics.length) throw new RangeError(`invalid exercise table: no numeric indicator (columns: ${Object.keys(table.numbers).join(', ') || 'none'})`);
  return metrics.includes(preferred) ? preferred : metrics[0];
}

/** The answer sheet: every customer in rank order with share, cumulative share (in %) and class, from summarize() and abc(). */
export function exerciseRows(table: Table, config: AbcConfig): ExerciseRow[] {
  const summary = summarize(table, summaryConfig);
  const result = abc(summary, { ...config, metric: exerciseMetric(table, config.metric) });
  return Array.from(result.order, (i, k) => ({
    rank: k + 1,
    id: summary.ids[i],
    value: result.value[i],
    share: result.share[i] * 100,
    cumShare: result.cumShare[i] * 100,
    cls: (['A', 'B', 'C'] as const)[result.cls[i]]
  }));
}

/** The sum the shares are taken of: the positive values (as `abc()` counts them). */
export function exerciseTotal(rows: readonly ExerciseRow[]): number {
  let total = 0;
  for (const row of rows) if (row.value > 0) total += row.value;
  return total;
}

/** The rows in customer-id order (natural: 2 before 10), as the data is collected in step 2; the input is not changed. */
export function dataOrder(rows: readonly ExerciseRow[]): ExerciseRow[] {
  return rows.slice().sort((a, b) => compareIds(a.id, b.id));
}

/** Decimals to show the values with: none when every value is whole, else 2. */
export function valueDigits(rows: readonly ExerciseRow[]): number {
  return rows.every((r) => Number.isInteger(r.value)) ? 0 : 2;
}

/**
 * A student's percentage as a number of percentage points: accepts `37`, `37.0`,
 * `37 %`, `37%`, `３７．０％`, `37,5`; null when empty, NaN when not a number.
 */
export function parsePercent(text: string): number | null {
  const normal = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[％%]/g, '')
    .replace(',', '.')
    .trim();
  if (!normal) return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
}

export type Mark = 'right' | 'wrong' | 'empty';

/** Marks a percentage answer against the expected percentage (tolerance 0.1 percentage point). */
export function markPercent(answer: string, expected: number): Mark {
  const value = parsePercent(answer);
  if (value === null) return 'empty';
  return Math.abs(value - expected) <= tolerancePoints + 1e-9 ? 'right' : 'wrong';
}

/** Marks a class answer (A, B or C, any case, surrounding spaces ignored). */
export function markClass(answer: string, expected: 'A' | 'B' | 'C'): Mark {
  const value = answer.trim().toUpperCase();
  if (!value) return 'empty';
  return value === expected ? 'right' : 'wrong';
}

export interface Answer {
  share: string;
  cumShare: string;
  cls: string;
}

export interface Marks {
  cells: { share: Mark; cumShare: Mark; cls: Mark }[];
  right: number;
  wrong: number;
  empty: number;
  total: number;
}

/** Marks every cell of an answer sheet (answers in rank order, as the rows). */
export function markExercise(rows: ExerciseRow[], answers: Answer[]): Marks {
  if (answers.length !== rows.length) throw new RangeError(`invalid answers: ${answers.length} rows for ${rows.length} customers`);
  const cells = rows.map((row, k) => ({
    share: markPercent(answers[k].share, row.share),
    cumShare: markPercent(answers[k].cumShare, row.cumShare),
    cls: markClass(answers[k].cls, row.cls)
  }));
  const count = (m: Mark) => cells.reduce((n, c) => n + (c.share === m ? 1 : 0) + (c.cumShare === m ? 1 : 0) + (c.cls === m ? 1 : 0), 0);
  return { cells, right: count('right'), wrong: count('wrong'), empty: count('empty'), total: rows.length * 3 };
}

/** A student's class: A, B or C (any case, spaces ignored); null when blank or not a class. */
export function studentClass(answer: string): 'A' | 'B' | 'C' | null {
  const value = answer.trim().toUpperCase();
  return value === 'A' || value === 'B' || value === 'C' ? value : null;
}

/** One customer of the student's ABC chart: the class they gave (−1 when none), the correct one, whether they differ. */
export interface StudentPoint {
  value: number;
  /** The computed cumulative share (0–1): the curve. */
  cumShare: number;
  cls: number;
  correct: number;
  /** An entered class that is not the correct one (a blank does not differ: it is not drawn as a class). */
  differs: boolean;
  /** The cumulative share the student entered (0–1), null when blank or unreadable. */
  enteredCum: number | null;
}

/** The chart of a student's answers (answers in rank order, as the rows): their classes and cut-offs, and where they differ. */
export function studentPoints(rows: readonly ExerciseRow[], answers: readonly Answer[]): StudentPoint[] {
  if (answers.length !== rows.length) throw new RangeError(`invalid answers: ${answers.length} rows for ${rows.length} customers`);
  return rows.map((row, k) => {
    const given = studentClass(answers[k].cls);
    const entered = parsePercent(answers[k].cumShare);
    return {
      value: row.value,
      cumShare: row.cumShare / 100,
      cls: given ? 'ABC'.indexOf(given) : -1,
      correct: 'ABC'.indexOf(row.cls),
      differs: answers[k].cls.trim() !== '' && given !== row.cls,
      enteredCum: entered !== null && Number.isFinite(entered) ? entered / 100 : null
    };
  });
}
