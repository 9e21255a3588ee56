import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import RfmGrid from '../../src/lib/charts/RfmGrid.svelte';
import TransitionMatrix from '../../src/lib/charts/TransitionMatrix.svelte';
import { gridSegmentK } from '../../src/lib/analysis/rfmSegments.ts';
import { keyName } from '../../src/lib/charts/maybeTranslate.ts';
import { i18n, t } from '../../src/lib/state/locale.svelte.ts';

/*
 * Server-rendered SVG of the RFM grid (a fixed 5 × 5 and 3 × 3 grid with the default segments) and the
 * lifecycle transition matrix (a fixed 3 × 3 matrix), compared with committed snapshots.
 */
const body = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/\d+\.\d{5,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** grid[r − 1][f − 1]: customers = 10·r + f except one empty cell (R1 F5), mean M = 100·r·f. */
function fixtureGrid(k: 3 | 5) {
  return Array.from({ length: k }, (_, r) =>
    Array.from({ length: k }, (_, f) => {
      const empty = r === 0 && f === k - 1;
      return { customers: empty ? 0 : 10 * (r + 1) + f + 1, meanM: empty ? NaN : 100 * (r + 1) * (f + 1), segment: gridSegmentK(r + 1, f + 1, k) };
    })
  );
}

describe.each(['en', 'zh'] as const)('RFM and lifecycle chart snapshots (%s)', (locale) => {
  test('RFM grid 5 × 5 coloured by mean M: 25 focusable cells, 10 named segments', async () => {
    i18n.current = locale;
    const segmentName = (s: string) => keyName('segment', s, t);
    const html = body(render(RfmGrid, { props: { grid: fixtureGrid(5), colourBy: 'meanM', segmentName } }).body);
    expect((html.match(/class="cell[ "]/g) ?? []).length).toBe(25);
    expect((html.match(/class="segment-label[ "]/g) ?? []).length).toBe(10);
    expect(html).toContain(segmentName('champions'));
    expect(html).toContain(locale === 'en' ? 'Champions' : '冠军客户');
    expect(html).toContain('R5');
    expect(html).toContain('F5');
    await expect(html).toMatchFileSnapshot(`__snapshots__/rfm-grid-5.${locale}.svg.html`);
  });

  test('RFM grid 3 × 3 coloured by customers', async () => {
    i18n.current = locale;
    const html = body(render(RfmGrid, { props: { grid: fixtureGrid(3), colourBy: 'customers', segmentName: (s: string) => keyName('segment', s, t) } }).body);
    expect((html.match(/class="cell[ "]/g) ?? []).length).toBe(9);
    await expect(html).toMatchFileSnapshot(`__snapshots__/rfm-grid-3.${locale}.svg.html`);
  });

  test('transition matrix 3 × 3 with counts, clickable cells only where customers moved', async () => {
    i18n.current = locale;
    const names = ['exploration', 'stable', 'lost'].map((k) => keyName('lifecycle.stage', k, t));
    const matrix = [
      [5, 3, 0],
      [0, 12, 4],
      [0, 1, 20]
    ];
    const html = body(render(TransitionMatrix, { props: { matrix, names, fromLabel: '2025-06-30', toLabel: '2025-12-31', onCell: () => {} } }).body);
    expect((html.match(/class="cell[ "]/g) ?? []).length).toBe(6);
    expect(html).toContain('2025-06-30');
    await expect(html).toMatchFileSnapshot(`__snapshots__/transition-matrix.${locale}.svg.html`);
  });
});
