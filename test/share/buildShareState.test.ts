import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import type { Table } from '../../src/lib/analysis/table.ts';
import { buildShareState, maxLinkRows } from '../../src/lib/share/buildShareState.ts';
import { changhai, orders } from './fixtures.ts';

const source = { file: 'orders.csv', rows: 5, customers: 2, totalAmount: 190.5 };

function rows(n: number): Table {
  return {
    shape: 'transactions',
    length: n,
    customer: { codes: new Int32Array(n), labels: ['c'] },
    date: new Int32Array(n),
    amount: new Float64Array(n).fill(1),
    numbers: {},
    categories: {}
  };
}

describe('buildShareState(dataset, config, view, withData)', () => {
  test('a small table travels inside the state, without source facts', () => {
    const table = orders();
    const state = buildShareState({ name: 'Orders', table, source }, defaultConfig(), 'rfm');
    expect(state).toMatchObject({ view: 'rfm', name: 'Orders', shape: 'transactions', table });
    expect(state.source).toBeUndefined();
  });

  test.each([
    [maxLinkRows, true],
    [maxLinkRows + 1, false]
  ])('%d rows → data inside: %s', (n, inside) => {
    const state = buildShareState({ name: 'big', table: rows(n), source }, defaultConfig(), 'abc');
    expect(state.table !== null).toBe(inside);
    expect(state.source).toEqual(inside ? undefined : source);
  });

  test('withData = false keeps only the settings and the source facts', () => {
    const state = buildShareState({ name: '长海物流', table: changhai(), source }, defaultConfig(), 'abc', false);
    expect(state).toMatchObject({ shape: 'customers', table: null, source });
  });

  test('the config is copied: later edits of the app settings do not change the state', () => {
    const config = defaultConfig();
    const state = buildShareState({ name: 'x', table: changhai(), source }, config, 'abc');
    config.abc.a = 0.5;
    expect(state.config.abc?.a).toBe(0.8);
  });
});
