import { describe, expect, test } from 'vitest';
import { cleanHeaders, detectDelimiter, previewCsv } from '../../src/lib/import/parseCsv.ts';

describe('detectDelimiter(text)', () => {
  test.each([
    ['comma', 'a,b,c\n1,2,3\n4,5,6\n', ','],
    ['semicolon (decimal-comma locales)', 'a;b;c\n1,5;2,5;3\n4;5;6\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['bar', 'a|b\n1|2\n', '|'],
    ['comma with quoted commas', 'name,amount\n"Smith, J","1,250.50"\n"Lee, K",5\n', ','],
    ['semicolon although commas appear inside values', 'kunde;betrag\nA;1.234,50\nB;7,25\n', ';'],
    ['CRLF line ends', 'a;b\r\n1;2\r\n', ';'],
    ['a single column falls back to comma', 'customer\nA\nB\n', ','],
    ['a cut last line is tolerated', 'a,b,c\n1,2,3\n4,5,6\n7,8', ','],
    ['empty text', '', ',']
  ])('%s', (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('cleanHeaders(raw)', () => {
  test.each([
    [['a', ' b ', ''], ['a', 'b', '#3']],
    [['\uFEFFcustomer', 'amount'], ['customer', 'amount']],
    [['x', 'x', 'x'], ['x', 'x (2)', 'x (3)']],
    [['A', 'A', 'A (2)'], ['A', 'A (3)', 'A (2)']],
    [['', ''], ['#1', '#2']],
    [[], []]
  ])('%j → %j', (raw, expected) => {
    const copy = [...raw];
    expect(cleanHeaders(raw)).toEqual(expected);
    expect(raw).toEqual(copy);
  });
});

describe('previewCsv(text)', () => {
  test('reads the header, the rows and guesses the mapping', () => {
    const p = previewCsv('\uFEFFcustomer,date,amount\nA,2024-01-01,5\n\nB,2024-01-02,7\n');
    expect(p.delimiter).toBe(',');
    expect(p.headers).toEqual(['customer', 'date', 'amount']);
    expect(p.rows).toEqual([['A', '2024-01-01', '5'], ['B', '2024-01-02', '7']]);
    expect(p.mapping.columns).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(p.mapping.delimiter).toBe(',');
    expect(p.dayOrder).toBe('none');
  });

  test('keeps at most 50 preview rows', () => {
    const text = 'customer,amount\n' + Array.from({ length: 120 }, (_, i) => `C${i},${i}`).join('\n');
    const p = previewCsv(text);
    expect(p.rows).toHaveLength(50);
    expect(p.rows[49]).toEqual(['C49', '49']);
  });

  test('a quoted field with a line break stays one row', () => {
    const p = previewCsv('customer,note,amount\nA,"two\nlines",5\nB,x,6\n');
    expect(p.rows).toEqual([['A', 'two\nlines', '5'], ['B', 'x', '6']]);
  });

  test.each([
    ['customer,date,amount\nA,16/3/2024,1\nB,5/3/2024,2\n', 'dmy', 'dmy'],
    ['customer,date,amount\nA,3/16/2024,1\nB,5/3/2024,2\n', 'mdy', 'mdy'],
    ['customer,date,amount\nA,5/3/2024,1\nB,6/3/2024,2\n', 'ambiguous', 'auto'],
    ['customer,date,amount\nA,2024-03-05,1\n', 'none', 'auto'],
    ['customer,amount\nA,1\n', 'none', 'auto']
  ] as const)('day order of %j: %s', (text, dayOrder, mappingOrder) => {
    const p = previewCsv(text);
    expect(p.dayOrder).toBe(dayOrder);
    expect(p.mapping.dayOrder).toBe(mappingOrder);
  });

  test('semicolon file with decimal commas guesses decimal comma', () => {
    const p = previewCsv('customer;date;amount\nA;2024-01-05;1.234,50\nB;2024-01-06;7,25\n');
    expect(p.delimiter).toBe(';');
    expect(p.mapping.decimalComma).toBe(true);
    expect(previewCsv('customer;date;amount\nA;2024-01-05;1234.50\n').mapping.decimalComma).toBe(false);
  });

  test('empty text has no headers', () => {
    expect(previewCsv('').headers).toEqual([]);
  });
});

describe('previewCsv(text): day order from the whole text', () => {
  test('a deciding date after the preview rows still decides', () => {
    const lines = ['customer,date,amount', ...Array.from({ length: 80 }, (_, i) => `C${i},2024-01-0${1 + (i % 9)},1`), 'X,5/3/2024,1', 'Y,16/3/2024,1'];
    const p = previewCsv(lines.join('\n'));
    expect(p.rows).toHaveLength(50);
    expect(p.dayOrder).toBe('dmy');
    expect(p.mapping.dayOrder).toBe('dmy');
  });
  test('an ambiguous date after the preview rows makes the preview ask', () => {
    const lines = ['customer,date,amount', ...Array.from({ length: 80 }, (_, i) => `C${i},2024-01-01,1`), 'X,5/3/2024,1'];
    expect(previewCsv(lines.join('\n')).dayOrder).toBe('ambiguous');
  });
});
