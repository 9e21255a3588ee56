import { expect, test, type Page } from '@playwright/test';
import { openFresh, openView } from './session.ts';

/*
 * The keyboard path through a view: each chart is one Tab stop (roving tabindex), the arrow keys and
 * Home/End move between its marks and announce them (their accessible name), Enter opens the mark's
 * customers, and closing the list gives focus back to the mark.
 */

/** What has focus: its accessible name or test id, and whether it is a chart mark. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    return { label: el?.getAttribute('aria-label') ?? '', testid: el?.getAttribute('data-testid') ?? '', mark: !!el?.closest('svg'), tag: el?.tagName ?? '' };
  });

test('ABC: the chart is one Tab stop, arrows move between its marks, Enter opens a list and focus comes back', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'abc');
  // every mark of the chart but one is out of the Tab order
  const marks = page.locator('.chart-body svg [tabindex]');
  await expect(marks.first()).toBeAttached();
  expect(await marks.count()).toBeGreaterThan(10);
  const stops = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.chart-body'))
      .filter((body) => body.querySelector('svg [tabindex]'))
      .map((body) => body.querySelectorAll('svg [tabindex="0"]').length)
  );
  expect(stops.length).toBeGreaterThan(0);
  expect(stops.every((n) => n === 1)).toBe(true);

  // from the skip link into the content, then Tab until the table search: few stops
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  await page.keyboard.press('Enter');
  let tabs = 0;
  while (tabs < 40 && (await focused(page)).testid !== 'table-search') {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect((await focused(page)).testid).toBe('table-search');
  // settings (metric, A, B, the presets toolbar, the rule), the chart's export toolbar and its marks,
  // the three classes, the Lorenz chart's export toolbar: 12 stops (the marks alone were 150)
  expect(tabs).toBeLessThanOrEqual(12);
  // and from the chart's marks to the search: the class list and one toolbar between them
  await page.locator('.chart-body svg [tabindex="0"]').first().focus();
  tabs = 0;
  while (tabs < 40 && (await focused(page)).testid !== 'table-search') {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(5);

  // back to the first chart: arrows move and each mark announces itself
  const first = page.locator('.chart-body svg [tabindex="0"]').first();
  await first.focus();
  const start = await focused(page);
  expect(start.mark).toBe(true);
  await page.keyboard.press('ArrowRight');
  const next = await focused(page);
  expect(next.mark).toBe(true);
  expect(next.label).not.toBe(start.label);
  expect(next.label).toMatch(/\d/);
  await page.keyboard.press('End');
  const last = await focused(page);
  await page.keyboard.press('Home');
  expect((await focused(page)).label).toBe(start.label);
  expect(last.label).not.toBe(start.label);
  await page.keyboard.press('ArrowRight');
  // the mark moved to is now the chart's only Tab stop
  await expect(page.locator('.chart-body svg [tabindex="0"]').first()).toHaveAttribute('aria-label', next.label);

  await page.keyboard.press('Enter');
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('drill-close')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect((await focused(page)).label).toBe(next.label);
});

test('RFM grid: Up and Down move between rows of the grid', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'rfm');
  const grid = page.locator('svg[data-roving="grid"]').first();
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await grid.locator('[tabindex="0"]').focus();
  const box = async () => page.evaluate(() => (document.activeElement as Element).getBoundingClientRect().top);
  const top = await box();
  await page.keyboard.press('ArrowDown');
  expect(await box()).toBeGreaterThan(top);
  await page.keyboard.press('ArrowUp');
  expect(await box()).toBeCloseTo(top, 0);
});
