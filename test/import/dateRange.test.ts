import { describe, expect, test } from 'vitest';
import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';
import { dateRangeOf, earliestDate, latestDefaultDay, todayDay, withDateRange } from '../../src/lib/import/dateRange.ts';

describe('the plausible date range', () => {
  test.each([
    ['2026-12-01', '2027-12-01'],
    ['2024-02-29', '2025-02-28'],
    ['2023-12-31', '2024-12-31'],
    ['2027-03-01', '2028-03-01']
  ])('latestDefaultDay(%s) = %s (the same calendar day a year later)', (today, expected) => {
    expect(isoOfDay(latestDefaultDay(dayOfIso(today)))).toBe(expected);
  });

  test('dateRangeOf(mapping, today): the mapping’s ends, else 1900-01-01 and a year after today', () => {
    const today = dayOfIso('2026-12-01');
    expect(earliestDate).toBe('1900-01-01');
    expect(dateRangeOf({}, today)).toEqual({ from: dayOfIso('1900-01-01'), to: dayOfIso('2027-12-01') });
    expect(dateRangeOf({ dateFrom: '1800-01-01', dateTo: '9999-12-31' }, today)).toEqual({ from: dayOfIso('1800-01-01'), to: dayOfIso('9999-12-31') });
    expect(dateRangeOf({ dateTo: '2030-06-30' }, today).to).toBe(dayOfIso('2030-06-30'));
  });

  test('a range that ends before it starts is refused with what was received', () => {
    expect(() => dateRangeOf({ dateFrom: '2025-01-01', dateTo: '2024-01-01' }, 0)).toThrow('invalid date range: 2025-01-01..2024-01-01');
  });

  test('withDateRange writes the defaults in and does not mutate its input', () => {
    const mapping: { dayOrder: 'auto'; dateFrom?: string; dateTo?: string } = { dayOrder: 'auto' };
    expect(withDateRange(mapping, dayOfIso('2026-12-01'))).toEqual({ dayOrder: 'auto', dateFrom: '1900-01-01', dateTo: '2027-12-01' });
    expect(mapping).toEqual({ dayOrder: 'auto' });
  });

  test('todayDay(now) is the local calendar day', () => {
    expect(isoOfDay(todayDay(new Date(2026, 11, 1, 23, 59)))).toBe('2026-12-01');
    expect(isoOfDay(todayDay(new Date(2026, 0, 1, 0, 0)))).toBe('2026-01-01');
  });
});
