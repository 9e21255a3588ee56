import { describe, expect, test } from 'vitest';
import { abc } from '../../src/lib/analysis/abc.ts';
import { concentration } from '../../src/lib/analysis/concentration.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, summaryConfig } from './transactionTable.ts';

const setup = (values: number[], extra: Record<string, number[]> = {}) => {
  const s = summarize(customerTable(values.map((_, i) => `k${i + 1}`), values, extra), summaryConfig());
  return { s, a: abc(s, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' }) };
};

describe('concentration(): top shares, HHI, Gini, warning', () => {
  test.each([
    // values, top1, top5, top10, HHI, largest, warning at 20 %
    [[50, 30, 20], 0.5, 1, 1, 3800, 0, true],
    [Array(10).fill(10), 0.1, 0.5, 1, 1000, 0, false],
    [Array(20).fill(5), 0.05, 0.25, 0.5, 500, 0, false],
    [[0, -5, 10, 30], 0.75, 1, 1, 6250, 3, true], // shares over positive values
    [[0, 0], 0, 0, 0, 0, -1, false],
    [[], 0, 0, 0, 0, -1, false]
  ])('%j → top1 %d, top5 %d, top10 %d, HHI %d', (values, top1, top5, top10, hhi, largest, warning) => {
    const { s, a } = setup(values);
    const c = concentration(s, a, { metric: 'revenue', warnShare: 0.2 });
    expect(c.top1Share).toBeCloseTo(top1, 12);
    expect(c.top5Share).toBeCloseTo(top5, 12);
    expect(c.top10Share).toBeCloseTo(top10, 12);
    expect(c.hhi).toBeCloseTo(hhi, 8);
    expect(c.largest).toBe(largest);
    expect(c.warning).toBe(warning);
    expect(c.gini).toBe(a.gini);
  });

  test('the warning needs a share above the limit, not equal to it', () => {
    const { s, a } = setup([50, 50]);
    expect(concentration(s, a, { metric: 'revenue', warnShare: 0.5 }).warning).toBe(false);
    expect(concentration(s, a, { metric: 'revenue', warnShare: 0.49 }).warning).toBe(true);
  });

  test('another metric than ABC ranks on its own', () => {
    const { s, a } = setup([1, 2], { 利润: [9, 1] });
    const c = concentration(s, a, { metric: '利润', warnShare: 0.95 });
    expect(c.largest).toBe(0);
    expect(c.top1Share).toBeCloseTo(0.9, 12);
    expect(c.hhi).toBeCloseTo(8200, 8);
  });

  test('invalid settings are refused with the values received', () => {
    const { s, a } = setup([1]);
    expect(() => concentration(s, a, { metric: 'revenue', warnShare: 1.5 })).toThrow(/warnShare: 1.5/);
    expect(() => concentration(s, a, { metric: 'x', warnShare: 0.2 })).toThrow(/unknown metric: x/);
  });
});
