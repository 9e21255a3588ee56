import { expect, test, type Page } from '@playwright/test';
import { views } from '../../src/views/registry.ts';
import { openFresh, openView } from './session.ts';

/*
 * At phone width (390 × 844) every view keeps to the screen in both languages: no horizontal page scroll, the
 * Share and language buttons inside the viewport, wide tables scrolling inside their card, chart frames no
 * wider than their card, and the settings above the chart.
 */

const width = 390;

test.use({ viewport: { width, height: 844 } });

async function expectFits(page: Page, view: string) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width of #/${view}`).toBeLessThanOrEqual(width);
  await expect(page.getByTestId('share-open')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('lang-toggle')).toBeInViewport({ ratio: 1 });
  // a chart frame takes the card's width (the profitability matrix scrolls inside its frame)
  const frames = await page.locator('figure.chart-frame').evaluateAll((figures) => figures.map((f) => Math.round(f.getBoundingClientRect().right)));
  for (const right of frames) expect(right, `a chart of #/${view}`).toBeLessThanOrEqual(width);
}

for (const locale of ['en', 'zh'] as const) {
  test(`at 390 px wide (${locale}) every view fits the screen and the header buttons are visible`, async ({ page }) => {
    await openFresh(page, locale);
    for (const { key } of views) {
      await openView(page, key);
      await expect(page.locator('main#main > *').first()).toBeVisible();
      await expectFits(page, key);
    }
  });
}

test('at 390 px wide the dataset list scrolls inside its card and the ABC settings sit above the chart', async ({ page }) => {
  await openFresh(page);
  const list = page.getByTestId('dataset-list').locator('xpath=..');
  const { scrollWidth, clientWidth } = await list.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await list.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(page.getByTestId('dataset-row').first().getByRole('button', { name: 'Delete' })).toBeInViewport({ ratio: 1 });

  await openView(page, 'abc');
  const settings = await page.locator('aside.view-settings').boundingBox();
  const chart = await page.locator('figure.chart-frame').first().boundingBox();
  expect(settings!.y + settings!.height).toBeLessThanOrEqual(chart!.y);
  expect(chart!.width).toBeLessThanOrEqual(width);
});
