import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import ParetoChart from '../../src/lib/charts/ParetoChart.svelte';
import LorenzChart from '../../src/lib/charts/LorenzChart.svelte';
import PyramidChart from '../../src/lib/charts/PyramidChart.svelte';
import Histogram from '../../src/lib/charts/Histogram.svelte';
import HBars from '../../src/lib/charts/HBars.svelte';
import LineChart from '../../src/lib/charts/LineChart.svelte';
import StackedBars from '../../src/lib/charts/StackedBars.svelte';
import Quadrant from '../../src/lib/charts/Quadrant.svelte';
import RfmGrid from '../../src/lib/charts/RfmGrid.svelte';
import ProfitMatrix from '../../src/lib/charts/ProfitMatrix.svelte';
import TransitionMatrix from '../../src/lib/charts/TransitionMatrix.svelte';
import { abc } from '../../src/lib/analysis/abc.ts';
import { pyramid } from '../../src/lib/analysis/pyramid.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { i18n } from '../../src/lib/state/locale.svelte.ts';
import { customerTable, summaryConfig } from '../analysis/transactionTable.ts';

/*
 * Every chart drawn with nothing to draw — 0 customers, 0 periods, 0 bins, all-zero counts — renders an SVG
 * without throwing and without NaN in its markup (a NaN coordinate is a broken drawing). The Report once threw
 * `RangeError: invalid tick count: 0` here and blanked the whole app.
 */
const summary = summarize(customerTable([], []), summaryConfig());
const abcResult = abc(summary, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' });
const tiers = pyramid(summary, { metric: 'revenue', tiers: [0.01, 0.04, 0.15, 0.8] }).tiers;
const emptyGrid = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => ({ customers: 0, meanM: NaN, segment: 'lost' })));

const cases: [string, Component<any>, Record<string, unknown>][] = [
  ['Pareto chart of 0 customers', ParetoChart, { abc: abcResult, ids: summary.ids, metricLabel: 'Revenue' }],
  ['Lorenz curve of 0 customers', LorenzChart, { lorenz: abcResult.lorenz, gini: abcResult.gini }],
  ['pyramid of 0 customers', PyramidChart, { tiers, tierName: () => 'tier' }],
  ['histogram of no values', Histogram, { histogram: { edges: [], counts: [] }, label: 'Recency' }],
  ['histogram of zero counts', Histogram, { histogram: { edges: [0, 1, 2], counts: [0, 0] }, label: 'Recency' }],
  ['horizontal bars without rows', HBars, { rows: [], parts: [{ name: 'x', colour: '#000' }], rowLabel: () => '' }],
  ['horizontal bars of zeros', HBars, { rows: [{ label: 'a', parts: [0] }], parts: [{ name: 'x', colour: '#000' }], rowLabel: () => 'a' }],
  ['line chart of 0 periods', LineChart, { labels: [], values: new Float64Array(0), label: 'l', pointLabel: () => '' }],
  ['line chart of one zero', LineChart, { labels: ['2024-01'], values: new Float64Array([0]), label: 'l', pointLabel: () => '' }],
  ['stacked bars of 0 periods', StackedBars, { labels: [], counts: [], series: ['a', 'b'], yLabel: 'Customers' }],
  ['stacked bars of zero counts', StackedBars, { labels: ['2024-01'], counts: [[0, 0]], series: ['a', 'b'], yLabel: 'Customers' }],
  ['quadrant of 0 customers', Quadrant, { realised: new Float64Array(0), potential: new Float64Array(0), quadrant: new Uint8Array(0), names: ['a', 'b', 'c', 'd'], counts: [0, 0, 0, 0] }],
  ['RFM grid of 0 customers', RfmGrid, { grid: emptyGrid, colourBy: 'meanM', segmentName: (s: string) => s }],
  ['RFM grid without cells', RfmGrid, { grid: [], colourBy: 'customers', segmentName: (s: string) => s }],
  ['profit matrix of 0 customers', ProfitMatrix, { cells: [], products: [], customers: [] }],
  ['transition matrix of zeros', TransitionMatrix, { matrix: [[0, 0], [0, 0]], names: ['a', 'b'], fromLabel: 'from', toLabel: 'to' }],
  ['transition matrix without stages', TransitionMatrix, { matrix: [], names: [], fromLabel: 'from', toLabel: 'to' }]
];

describe.each(['en', 'zh'] as const)('charts with nothing to draw (%s)', (locale) => {
  test.each(cases)('%s', (_name, chart, props) => {
    i18n.current = locale;
    const html = render(chart, { props }).body;
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('the Pareto chart of 0 customers says so', () => {
    i18n.current = locale;
    const html = render(ParetoChart, { props: { abc: abcResult, ids: summary.ids, metricLabel: 'Revenue' } }).body;
    expect(html).toContain(locale === 'en' ? 'No customers' : '没有客户');
  });
});
