import { describe, expect, test } from 'vitest';
import type { Table } from '../../src/lib/analysis/table.ts';
import { changhaiTable } from '../../src/lib/exercise/changhai.ts';
import { dataOrder, exerciseMetric, exerciseRows, exerciseTotal, valueDigits, isExerciseTable, markClass, markExercise, markPercent, parsePercent, studentClass, studentPoints } from '../../src/lib/exercise/exercise.ts';
import { changhai, orders } from '../share/fixtures.ts';

const textbook = { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' as const };

describe('exerciseRows(table, config)', () => {
  test('the 长海物流 exercise gives the textbook answer sheet (METHOD §3 golden case)', () => {
    const rows = exerciseRows(changhaiTable(), textbook);
    expect(rows.map((r) => r.id)).toEqual(['4', '1', '2', '5', '3', '6', '7', '8', '10', '12', '9', '14', '11', '13']);
    expect(rows.map((r) => Math.round(r.cumShare * 10) / 10)).toEqual([37, 66.5, 73.5, 79.5, 84.5, 87.9, 90.4, 92.9, 94.9, 96.9, 97.9, 98.9, 99.5, 100]);
    expect(rows.map((r) => r.cls).join('')).toBe('AAAABBBBBCCCCC');
    expect(rows[0]).toMatchObject({ rank: 1, value: 740 });
    expect(rows[0].share).toBeCloseTo(37, 10);
  });

  test('uses a numeric column of a customer table when the configured metric is absent', () => {
    const table = changhai();
    expect(exerciseMetric(table, 'revenue')).toBe('营业收入（万元）');
    expect(exerciseRows(table, textbook).map((r) => r.cls).join('')).toBe('AAAABBBBBCCCCC');
  });

  test('thresholds 70/90 move the boundaries', () => {
    expect(exerciseRows(changhaiTable(), { ...textbook, a: 0.7, b: 0.9 }).map((r) => r.cls).join('')).toBe('AABBBBCCCCCCCC');
  });

  test('one customer, ties by id, zero and negative values', () => {
    const table: Table = {
      shape: 'customers',
      length: 4,
      customer: { codes: Int32Array.from([0, 1, 2, 3]), labels: ['b', 'a', 'z', 'y'] },
      amount: Float64Array.from([50, 50, 0, -5]),
      numbers: {},
      categories: {}
    };
    const rows = exerciseRows(table, textbook);
    expect(rows.map((r) => [r.id, r.share, r.cls])).toEqual([['a', 50, 'A'], ['b', 50, 'C'], ['z', 0, 'C'], ['y', 0, 'C']]);
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows[1].cumShare).toBeCloseTo(100);
    expect(rows.slice(2).every((r) => r.share === 0 && r.cls === 'C')).toBe(true);
    const one = exerciseRows({ ...table, length: 1, customer: { codes: Int32Array.from([0]), labels: ['solo'] }, amount: Float64Array.from([7]) }, textbook);
    expect(one).toEqual([{ rank: 1, id: 'solo', value: 7, share: 100, cumShare: 100, cls: 'C' }]);
  });

  test('does not mutate the table', () => {
    const table = changhaiTable();
    const copy = structuredClone(table);
    exerciseRows(table, textbook);
    expect(table).toEqual(copy);
  });
});

describe('isExerciseTable(table)', () => {
  test.each([
    ['the 长海物流 table', changhaiTable(), true],
    ['a transactions table', orders(), false],
    ['a customer table without numbers', { ...changhaiTable(), amount: undefined }, false],
    ['51 customers', { shape: 'customers', length: 51, customer: { codes: Int32Array.from({ length: 51 }, (_, i) => i), labels: Array.from({ length: 51 }, (_, i) => `c${i}`) }, amount: new Float64Array(51), numbers: {}, categories: {} }, false]
  ] as [string, Table, boolean][])('%s → %s', (_, table, expected) => {
    expect(isExerciseTable(table)).toBe(expected);
  });
});

describe('parsePercent(text)', () => {
  test.each([
    ['37', 37],
    [' 37.0 ', 37],
    ['37 %', 37],
    ['３７．５％', 37.5],
    ['37,5', 37.5],
    ['.5', 0.5],
    ['', null],
    ['   ', null],
    ['abc', Number.NaN],
    ['3 7', Number.NaN],
    ['37..0', Number.NaN]
  ])('parsePercent(%j) = %s', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });
});

describe('markPercent(answer, expected) and markClass(answer, expected)', () => {
  test.each([
    ['37', 37, 'right'],
    ['37.1', 37, 'right'],
    ['36.9', 37, 'right'],
    ['37.2', 37, 'wrong'],
    ['0.37', 37, 'wrong'],
    ['', 37, 'empty'],
    ['x', 37, 'wrong'],
    ['87.9', 87.9, 'right'],
    ['88', 87.9, 'right'],
    ['88.1', 87.9, 'wrong']
  ])('markPercent(%j, %d) = %s', (answer, expected, mark) => {
    expect(markPercent(answer, expected)).toBe(mark);
  });

  test.each([
    ['A', 'A', 'right'],
    [' a ', 'A', 'right'],
    ['B', 'A', 'wrong'],
    ['', 'C', 'empty']
  ] as const)('markClass(%j, %s) = %s', (answer, expected, mark) => {
    expect(markClass(answer, expected)).toBe(mark);
  });
});

describe('markExercise(rows, answers)', () => {
  test('counts right, wrong and empty cells', () => {
    const rows = exerciseRows(changhaiTable(), textbook);
    const answers = rows.map(() => ({ share: '', cumShare: '', cls: '' }));
    answers[0] = { share: '37', cumShare: '37.0 %', cls: 'A' };
    answers[1] = { share: '29.5', cumShare: '70', cls: 'B' };
    const marks = markExercise(rows, answers);
    expect(marks.cells[0]).toEqual({ share: 'right', cumShare: 'right', cls: 'right' });
    expect(marks.cells[1]).toEqual({ share: 'right', cumShare: 'wrong', cls: 'wrong' });
    expect(marks).toMatchObject({ right: 4, wrong: 2, empty: 36, total: 42 });
  });

  test('rejects an answer sheet of the wrong length, saying what it received', () => {
    expect(() => markExercise(exerciseRows(changhaiTable(), textbook), [])).toThrow('invalid answers: 0 rows for 14 customers');
  });
});

describe('exerciseTotal(rows), dataOrder(rows) and valueDigits(rows)', () => {
  const rows = exerciseRows(changhaiTable(), textbook);

  test('the total of the 长海物流 exercise is 2,000 (万元)', () => {
    expect(exerciseTotal(rows)).toBe(2000);
  });

  test('zero and negative values do not count toward the total', () => {
    const table: Table = {
      shape: 'customers',
      length: 3,
      customer: { codes: Int32Array.from([0, 1, 2]), labels: ['a', 'b', 'c'] },
      amount: Float64Array.from([30, 0, -10]),
      numbers: {},
      categories: {}
    };
    expect(exerciseTotal(exerciseRows(table, textbook))).toBe(30);
    expect(exerciseTotal([])).toBe(0);
  });

  test('data order is the natural id order and leaves the rows unchanged', () => {
    const copy = structuredClone(rows);
    expect(dataOrder(rows).map((r) => r.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(rows).toEqual(copy);
  });

  test.each([
    [[590, 140], 0],
    [[590.5, 140], 2],
    [[], 0]
  ])('values %j → %d decimals', (values, digits) => {
    expect(valueDigits(values.map((value, k) => ({ ...rows[0], rank: k + 1, value })))).toBe(digits);
  });
});

describe('studentClass(answer) and studentPoints(rows, answers)', () => {
  test.each([
    ['A', 'A'],
    [' b ', 'B'],
    ['c', 'C'],
    ['', null],
    ['D', null],
    ['AB', null]
  ])('studentClass(%j) is %j', (answer, expected) => expect(studentClass(answer)).toBe(expected));

  const rows = exerciseRows(changhaiTable(), textbook);
  const correct = rows.map((r) => ({ share: '', cumShare: '', cls: r.cls as string }));

  test('the correct answer of the golden case (A = 4, 1, 2, 5; B = 3, 6, 7, 8, 10; C = the rest) differs nowhere', () => {
    const points = studentPoints(rows, correct);
    expect(points.map((p) => 'ABC'[p.cls]).join('')).toBe('AAAABBBBBCCCCC');
    expect(points.filter((p) => p.differs)).toEqual([]);
  });

  test('the student\'s classes are drawn, and exactly the wrong ones differ; a blank is drawn as no class and does not differ', () => {
    const answers = correct.map((a) => ({ ...a }));
    answers[1].cls = 'b'; // customer 1 is A
    answers[10].cls = 'A'; // customer 9 is C
    answers[13].cls = ''; // customer 13 left blank
    answers[3].cumShare = '79,5';
    const points = studentPoints(rows, answers);
    expect(points.map((p) => p.cls)).toEqual([0, 1, 0, 0, 1, 1, 1, 1, 1, 2, 0, 2, 2, -1]);
    expect(points.flatMap((p, k) => (p.differs ? [rows[k].id] : []))).toEqual(['1', '9']);
    expect(points[3].enteredCum).toBeCloseTo(0.795, 12);
    expect(points[0].enteredCum).toBeNull();
    expect(points[0].cumShare).toBeCloseTo(0.37, 12);
  });

  test('an entry that is not a class differs; a length mismatch is refused; the answers are not changed', () => {
    const answers = correct.map((a) => ({ ...a }));
    answers[0].cls = 'x';
    const copy = structuredClone(answers);
    const points = studentPoints(rows, answers);
    expect([points[0].cls, points[0].differs]).toEqual([-1, true]);
    expect(answers).toEqual(copy);
    expect(() => studentPoints(rows, [])).toThrow('invalid answers: 0 rows for 14 customers');
  });
});
