import { describe, expect, test } from 'vitest';
import { civilDay, DateReader, fullYear, inferDayOrder, parseDate, validDay } from '../../src/lib/import/parseDate.ts';
import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';

const iso = (text: string, options?: Parameters<typeof parseDate>[1]) => {
  const r = parseDate(text, options);
  return Number.isNaN(r.day) ? null : isoOfDay(r.day);
};

describe('parseDate(text): the forms of METHOD §1', () => {
  test.each([
    ['2024-03-05', '2024-03-05', []],
    ['2024-3-5', '2024-03-05', []],
    ['2024/3/5', '2024-03-05', ['slashDate']],
    ['2024/03/05', '2024-03-05', ['slashDate']],
    ['2024.3.5', '2024-03-05', ['dotDate']],
    ['20240305', '2024-03-05', ['compactDate']],
    ['2024年3月5日', '2024-03-05', ['chineseDate']],
    ['2024 年 3 月 5 日', '2024-03-05', ['chineseDate']],
    ['2024年03月05号', '2024-03-05', ['chineseDate']],
    ['24年3月5日', '2024-03-05', ['chineseDate', 'twoDigitYear']],
    ['5-Mar-2024', '2024-03-05', ['monthName']],
    ['05-Mar-24', '2024-03-05', ['monthName', 'twoDigitYear']],
    ['5 March 2024', '2024-03-05', ['monthName']],
    ['Mar 5, 2024', '2024-03-05', ['monthName']],
    ['March 5th, 2024', '2024-03-05', ['monthName']],
    ['Tue, 5 Mar 2024', '2024-03-05', ['monthName']],
    ['Sept 30 2024', '2024-09-30', ['monthName']],
    ['16/3/2024', '2024-03-16', ['slashDate', 'dayOrder']],
    ['3/16/2024', '2024-03-16', ['slashDate', 'dayOrder']],
    ['5/5/2024', '2024-05-05', ['slashDate', 'dayOrder']],
    ['16.03.2024', '2024-03-16', ['dotDate', 'dayOrder']],
    ['16-03-2024', '2024-03-16', ['dayOrder']],
    ['2024-03-05 14:30', '2024-03-05', ['dateTime']],
    ['2024-03-05 14:30:59', '2024-03-05', ['dateTime']],
    ['2024-03-05T23:30:00Z', '2024-03-05', ['dateTime']],
    ['2024-03-05T23:30:00.123+08:00', '2024-03-05', ['dateTime']],
    ['2024-03-05T00:30:00-05:00', '2024-03-05', ['dateTime']],
    ['2024/3/5 8:05', '2024-03-05', ['dateTime', 'slashDate']],
    ['3/16/2024 2:30 PM', '2024-03-16', ['dateTime', 'slashDate', 'dayOrder']],
    ['2024年3月5日 10:00', '2024-03-05', ['dateTime', 'chineseDate']],
    ['２０２４－０３－０５', '2024-03-05', ['fullWidth']],
    [' 2024-03-05 ', '2024-03-05', []],
    // month and year ends
    ['2024-02-29', '2024-02-29', []],
    ['2000-02-29', '2000-02-29', []],
    ['2023-12-31', '2023-12-31', []],
    ['2024-01-01', '2024-01-01', []],
    ['1970-01-01', '1970-01-01', []],
    ['1969-12-31', '1969-12-31', []]
  ] as const)('%j → %s %j', (text, expected, kinds) => {
    const r = parseDate(text);
    expect(Number.isNaN(r.day) ? null : isoOfDay(r.day)).toBe(expected);
    expect(r.kinds.sort()).toEqual([...kinds].sort());
  });

  test.each([
    ['', 'badDate'],
    ['not a date', 'badDate'],
    ['2023-02-29', 'badDate'],
    ['1900-02-29', 'badDate'],
    ['2024-04-31', 'badDate'],
    ['2024-13-01', 'badDate'],
    ['2024-00-10', 'badDate'],
    ['2024/3/32', 'badDate'],
    ['20241305', 'badDate'],
    ['32/13/2024', 'badDate'],
    ['5-Foo-2024', 'badDate'],
    ['2024-03-05 25:99:99:99', 'badDate'],
    ['2024-03-05x', 'badDate'],
    ['5/3/2024', 'ambiguousDate'],
    ['60', 'excelFakeDate'],
    ['0', 'badDate'],
    ['-5', 'badDate']
  ] as const)('%j is refused as %s', (text, problem) => {
    const r = parseDate(text);
    expect(r.day).toBeNaN();
    expect(r.problem).toBe(problem);
  });
});

describe('two-digit years as Excel reads them', () => {
  test.each([
    ['1/2/00', '2000-01-02'],
    ['1/2/29', '2029-01-02'],
    ['1/2/30', '1930-01-02'],
    ['1/2/99', '1999-01-02'],
    ['05-Mar-29', '2029-03-05'],
    ['05-Mar-30', '1930-03-05']
  ])('%j (mdy) → %s', (text, expected) => {
    expect(iso(text, { dayOrder: 'mdy' })).toBe(expected);
  });
  test.each([[0, 2000], [29, 2029], [30, 1930], [99, 1999]])('fullYear(%i) = %i', (two, full) => expect(fullYear(two)).toBe(full));
});

describe('Excel serial numbers', () => {
  test.each([
    ['1', '1900-01-01'],
    ['59', '1900-02-28'],
    ['61', '1900-03-01'],
    ['25569', '1970-01-01'],
    ['45292', '2024-01-01'],
    ['45356', '2024-03-05'],
    ['45356.75', '2024-03-05'],
    ['2958465', '9999-12-31']
  ])('1900 system: %s → %s', (text, expected) => {
    const r = parseDate(text);
    expect(isoOfDay(r.day)).toBe(expected);
    expect(r.kinds).toEqual(['excelSerial']);
  });
  test.each([
    ['0', '1904-01-01'],
    ['1', '1904-01-02'],
    ['43894', '2024-03-05'],
    ['60', '1904-03-01']
  ])('1904 system: %s → %s', (text, expected) => {
    expect(iso(text, { excel1904: true })).toBe(expected);
  });
  test('serials beyond 9999-12-31 are refused', () => {
    expect(parseDate('2958466').day).toBeNaN();
  });
});

describe('day order', () => {
  test('a fixed order reads both-valid dates its way and refuses what only fits the other', () => {
    expect(iso('5/3/2024', { dayOrder: 'dmy' })).toBe('2024-03-05');
    expect(iso('5/3/2024', { dayOrder: 'mdy' })).toBe('2024-05-03');
    const r = parseDate('3/16/2024', { dayOrder: 'dmy' });
    expect(r.day).toBeNaN();
    expect(r.problem).toBe('dayOrderConflict');
    expect(parseDate('16/3/2024', { dayOrder: 'mdy' }).problem).toBe('dayOrderConflict');
  });

  test("'auto' is decided by the first deciding value and then holds", () => {
    const reader = new DateReader();
    expect(reader.order).toBeNull();
    expect(reader.read('5/3/2024')).toBeNaN();
    expect(reader.problem).toBe('ambiguousDate');
    expect(isoOfDay(reader.read('16/3/2024'))).toBe('2024-03-16');
    expect(reader.order).toBe('dmy');
    expect(isoOfDay(reader.read('5/3/2024'))).toBe('2024-03-05');
    expect(reader.read('3/16/2024')).toBeNaN();
    expect(reader.problem).toBe('dayOrderConflict');
  });

  test('cached values keep their conversions', () => {
    const reader = new DateReader();
    for (let i = 0; i < 3; i++) {
      expect(isoOfDay(reader.read('2024/3/5 10:00'))).toBe('2024-03-05');
      expect(reader.kinds).not.toBe(0);
      expect(isoOfDay(reader.read('2024-03-06'))).toBe('2024-03-06');
      expect(reader.kinds).toBe(0);
    }
  });

  test('an invalid day order is refused with what was received', () => {
    expect(() => new DateReader({ dayOrder: 'ymd' as never })).toThrow(/ymd/);
  });

  test.each([
    [['16/3/2024', '5/3/2024'], 'dmy'],
    [['3/16/2024', '5/3/2024'], 'mdy'],
    [['5/3/2024', '6/3/2024'], 'ambiguous'],
    [['16/3/2024', '3/16/2024'], 'ambiguous'],
    [['2024-03-05', '2024/3/16'], 'none'],
    [['5/5/2024'], 'none'],
    [[], 'none'],
    [['16/3/2024 10:00'], 'dmy']
  ] as const)('inferDayOrder(%j) = %s', (values, expected) => {
    expect(inferDayOrder(values)).toBe(expected);
  });
});

describe('calendar helpers', () => {
  test.each([
    [1970, 1, 1, 0],
    [2024, 3, 5, dayOfIso('2024-03-05')],
    [2000, 2, 29, dayOfIso('2000-02-29')],
    [1969, 12, 31, -1]
  ])('civilDay(%i, %i, %i) = %i', (y, m, d, day) => expect(civilDay(y, m, d)).toBe(day));
  test.each([[2023, 2, 29], [2100, 2, 29], [2024, 4, 31], [999, 1, 1], [2024, 0, 1]])('validDay(%i, %i, %i) is NaN', (y, m, d) => expect(validDay(y, m, d)).toBeNaN());
});

describe("two-digit years 'reject'", () => {
  test.each(['24-03-10', '5/3/24', '16/3/24', '05-Mar-24', 'Mar 5, 24', '24年3月5日', '24-03-10 12:00'])('%j is refused as twoDigitYear', (text) => {
    expect(parseDate(text, { twoDigitYears: 'reject' })).toEqual({ day: NaN, kinds: [], problem: 'twoDigitYear' });
  });

  test.each([
    ['2024-03-10', '2024-03-10'],
    ['10/3/2024', '2024-03-10'],
    ['2024年3月10日', '2024-03-10'],
    ['10-Mar-2024', '2024-03-10'],
    ['20240310', '2024-03-10'],
    ['45361', '2024-03-10']
  ])('%j with a full year is still read → %s', (text, expected) => {
    expect(iso(text, { twoDigitYears: 'reject', dayOrder: 'dmy' })).toBe(expected);
  });

  test("a refused two-digit year does not decide day order 'auto'", () => {
    const reader = new DateReader({ twoDigitYears: 'reject' });
    expect(reader.read('24-03-10')).toBeNaN();
    expect(reader.order).toBeNull();
    expect(isoOfDay(reader.read('3/16/2024'))).toBe('2024-03-16');
    expect(reader.order).toBe('mdy');
  });

  test("'accept' (the default) reads them as Excel does, with the conversion counted", () => {
    expect(parseDate('24-03-10')).toEqual({ day: dayOfIso('2010-03-24'), kinds: ['twoDigitYear', 'dayOrder'] });
  });

  test('an invalid setting is refused with what was received', () => {
    expect(() => new DateReader({ twoDigitYears: 'never' as 'reject' })).toThrow('invalid two-digit years: "never"');
  });
});
