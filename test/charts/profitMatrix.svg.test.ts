import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import ProfitMatrix from '../../src/lib/charts/ProfitMatrix.svelte';
import Quadrant from '../../src/lib/charts/Quadrant.svelte';
import { i18n } from '../../src/lib/state/locale.svelte.ts';

/* Server-rendered SVG of the profitability matrix and the scorecard quadrant on fixed fixtures, compared with committed snapshots. */
const body = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/\d+\.\d{5,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe.each(['en', 'zh'] as const)('profitability and scorecard snapshots (%s)', (locale) => {
  test('profit matrix 3 products × 3 customers: values written in, zero cells blank, legend clamps to the shown cells', async () => {
    i18n.current = locale;
    const cells = [
      [1200, -300, 90000],
      [0, 45.5, 1000],
      [-2500, 0, -8000]
    ];
    const domainCells = cells.slice(0, 2).map((row) => row.slice(0, 2));
    const html = body(render(ProfitMatrix, { props: { cells, products: ['Tea', 'Rice', 'Other products (4)'], customers: ['C1', 'C2', 'Other customers (7)'], domainCells } }).body);
    expect(html).toContain(locale === 'en' ? '1.2K' : '1200');
    expect(html).toContain('≥ 1,200');
    expect((html.match(/<rect /g) ?? []).length).toBe(9 + 5);
    await expect(html).toMatchFileSnapshot(`__snapshots__/profit-matrix.${locale}.svg.html`);
  });

  test('scorecard quadrant with four customers, one per quadrant', async () => {
    i18n.current = locale;
    const html = body(
      render(Quadrant, {
        props: {
          realised: Float64Array.from([80, 70, 20, 10]),
          potential: Float64Array.from([90, 30, 60, 5]),
          quadrant: Uint8Array.from([0, 1, 2, 3]),
          names: ['Key', 'Maintain', 'Develop', 'Low'],
          counts: [1, 1, 1, 1],
          pointLabel: (c: number) => `customer ${c}`
        }
      }).body
    );
    expect((html.match(/<circle/g) ?? []).length).toBe(4);
    expect(html).toContain('customer 3');
    await expect(html).toMatchFileSnapshot(`__snapshots__/quadrant.${locale}.svg.html`);
  });
});
