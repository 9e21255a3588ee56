import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import ParetoChart from '../../src/lib/charts/ParetoChart.svelte';
import LorenzChart from '../../src/lib/charts/LorenzChart.svelte';
import PyramidChart from '../../src/lib/charts/PyramidChart.svelte';
import { i18n } from '../../src/lib/state/locale.svelte.ts';
import { tierName } from '../../src/views/pyramid/tierName.ts';
import { changhai } from './changhai.ts';
import type { PyramidTier } from '../../src/lib/analysis/pyramid.ts';

/*
 * Server-rendered SVG of the Pareto, Lorenz and pyramid charts on the 长海物流 golden case, compared with
 * committed snapshots (positions are rounded to 0.1 px by the layout helpers). A change in the drawing shows
 * up here as a diff to review.
 */
/** The markup without Svelte's hydration comments, numbers with long fractions rounded to 0.1 (float noise of `y + 17`). */
const body = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/\d+\.\d{5,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe.each(['en', 'zh'] as const)('chart snapshots (%s)', (locale) => {
  const data = changhai();

  test('Pareto chart: 14 bars, classes A/B/C, thresholds 80 % and 95 %', async () => {
    i18n.current = locale;
    const html = body(render(ParetoChart, { props: { abc: data.abc, ids: data.summary.ids, metricLabel: 'Revenue' } }).body);
    expect((html.match(/<rect class="mark/g) ?? []).length).toBe(14);
    expect(html).toContain(locale === 'en' ? 'Rank 1: customer 4' : '第 1 名：客户 4');
    await expect(html).toMatchFileSnapshot(`__snapshots__/pareto-changhai.${locale}.svg.html`);
  });

  test('Lorenz curve with the Gini coefficient', async () => {
    i18n.current = locale;
    const html = body(render(LorenzChart, { props: { lorenz: data.abc.lorenz, gini: data.abc.gini } }).body);
    expect(html).toContain(i18n.num(data.abc.gini, 3));
    await expect(html).toMatchFileSnapshot(`__snapshots__/lorenz-changhai.${locale}.svg.html`);
  });

  test('pyramid: four bands, top tier first, with names and shares', async () => {
    i18n.current = locale;
    const html = body(render(PyramidChart, { props: { tiers: data.pyramid.tiers, tierName: (tier: PyramidTier) => tierName(locale, tier) } }).body);
    expect((html.match(/<polygon/g) ?? []).length).toBe(4);
    expect(html.indexOf(tierName(locale, data.pyramid.tiers[0]))).toBeLessThan(html.indexOf(tierName(locale, data.pyramid.tiers[3])));
    await expect(html).toMatchFileSnapshot(`__snapshots__/pyramid-changhai.${locale}.svg.html`);
  });
});
