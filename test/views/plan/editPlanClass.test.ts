import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../../src/lib/analysis/defaults.ts';
import { translate } from '../../../src/lib/i18n/messages.ts';
import { defaultMeasureKey, editPlanClass, storedMeasure } from '../../../src/views/plan/editPlanClass.ts';
import { planTable } from '../../../src/views/plan/planTable.ts';
import { maybeTranslate } from '../../../src/lib/charts/maybeTranslate.ts';

const classes = defaultConfig().plan.classes;

describe('editPlanClass()', () => {
  test('changes one class, keeps the others, returns a new array without changing the input', () => {
    const before = structuredClone(classes);
    const out = editPlanClass(classes, 'B', { phoneWeeks: 3 });
    expect(out.map((c) => c.phoneWeeks)).toEqual([1, 3, 4]);
    expect(out).not.toBe(classes);
    expect(classes).toEqual(before);
  });

  test('an unknown class is refused, naming the classes of the plan', () => {
    expect(() => editPlanClass(classes, 'D', { visitMonths: 1 })).toThrow('invalid plan class: D (plan has A, B, C)');
    expect(() => editPlanClass([], 'A', {})).toThrow('(plan has none)');
  });
});

describe('storedMeasure()', () => {
  const zh = (key: string) => translate('zh', key);
  test.each([
    ['the textbook text unchanged keeps the key (follows the language)', translate('zh', 'plan.measure.A'), 'plan.measure.A'],
    ['with extra spaces at the ends too', `  ${translate('zh', 'plan.measure.A')}\n`, 'plan.measure.A'],
    ['own words are stored, trimmed', '  每周拜访 ', '每周拜访'],
    ['an empty text is stored as empty', '', '']
  ])('%s', (_, text, stored) => {
    expect(storedMeasure('A', text, zh)).toBe(stored);
  });

  test('default key per class', () => {
    expect(defaultMeasureKey('C')).toBe('plan.measure.C');
  });
});

describe('planTable()', () => {
  const headers = { cls: 'Class', customers: 'Customers', minRevenue: 'Min rev', minOrders: 'Min orders', medianOrders: 'Typical orders', mean: 'Mean', phoneWeeks: 'Phone', visitMonths: 'Visit', measures: 'Measures' };
  const rows = [
    { cls: 'A', customers: 4, minYearlyRevenue: 120, minYearlyOrders: 2.3333333, medianYearlyOrders: 4.125, meanYearlyRevenue: 397.5, phoneWeeks: 1, visitMonths: 1, measures: 'plan.measure.A' },
    { cls: 'C', customers: 0, minYearlyRevenue: NaN, minYearlyOrders: NaN, meanYearlyRevenue: NaN, phoneWeeks: 4, visitMonths: 12, measures: 'Call twice a year' }
  ];

  test('one line per class; numbers rounded to 0.01, empty for an empty class; measures as shown', () => {
    const en = (k: string) => translate('en', k);
    expect(planTable(rows, headers, (c) => `Class ${c}`, (m) => maybeTranslate(m, en))).toEqual([
      ['Class', 'Customers', 'Min rev', 'Min orders', 'Typical orders', 'Mean', 'Phone', 'Visit', 'Measures'],
      ['Class A', 4, 120, 2.33, 4.13, 397.5, 1, 1, translate('en', 'plan.measure.A')],
      ['Class C', 0, '', '', '', '', 4, 12, 'Call twice a year']
    ]);
  });
});
