import { describe, expect, test } from 'vitest';
import { legendRows } from '../../src/lib/charts/exportChart.ts';

describe('legendRows(items, width)', () => {
  const item = (name: string) => ({ name, colour: '#000' });
  test('items run on one row while they fit, 18 px apart', () => {
    // "Class A" at 12 px: 12 + 6 + 7 × 7.2 = 68.4 px
    expect(legendRows([item('Class A'), item('Class B')], 400)).toEqual([
      { item: item('Class A'), x: 0, row: 0 },
      { item: item('Class B'), x: 86.4, row: 0 }
    ]);
  });
  test('an item that would pass the width starts the next row; one wider than the width still gets a row', () => {
    const rows = legendRows([item('Class A'), item('Class B'), item('A very long legend name indeed')], 150);
    expect(rows.map((r) => [r.x, r.row])).toEqual([[0, 0], [0, 1], [0, 2]]);
  });
  test('CJK names count one em a character', () => {
    const rows = legendRows([item('探索期'), item('成长期')], 100);
    // 12 + 6 + 36 = 54, then 54 + 18 + 54 > 100
    expect(rows.map((r) => r.row)).toEqual([0, 1]);
  });
});
