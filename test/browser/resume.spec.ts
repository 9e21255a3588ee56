import { expect, test, type Page } from '@playwright/test';
import { chooseClassroom, openFresh, waitForResult } from './session.ts';

async function start(page: Page, url = '/') {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
}

const classroomId = (page: Page) => page.locator('#dataset-select option', { hasText: '长海物流' }).getAttribute('value');

test('reopening the app resumes the last dataset, view and tab; an address naming a view wins; a deleted dataset falls back to Data', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const here = (p: Page) => p.locator('nav.views a[aria-current=page]');
  await openFresh(page);
  const sample = await page.locator('#dataset-select').inputValue(); // the dataset opened on first start
  await chooseClassroom(page);
  const classroom = await classroomId(page);
  await page.getByRole('navigation').getByRole('link', { name: 'ABC / Pareto' }).click();
  await waitForResult(page);

  await start(page, '/');
  await expect(page).toHaveURL(/#\/abc$/);
  await expect(here(page)).toHaveAttribute('href', '#/abc');
  await expect(page.locator('#dataset-select')).toHaveValue(classroom!);

  await page.selectOption('#dataset-select', sample);
  await page.getByRole('navigation').getByRole('link', { name: 'RFM', exact: true }).click();
  await waitForResult(page);
  await page.locator('#rfm-tab-eight').click();
  await expect(page.locator('#rfm-panel')).toHaveAttribute('aria-labelledby', 'rfm-tab-eight');

  // A new page of the same browser, on the bare address: the sample's RFM, on the 8-class tab.
  const other = await context.newPage();
  other.on('pageerror', (e) => errors.push(e.message));
  await start(other, '/');
  await expect(other).toHaveURL(/#\/rfm$/);
  await expect(other.locator('#dataset-select')).toHaveValue(sample);
  await waitForResult(other);
  await expect(other.locator('#rfm-tab-eight')).toHaveAttribute('aria-selected', 'true');
  await expect(other.locator('#rfm-panel')).toHaveAttribute('aria-labelledby', 'rfm-tab-eight');
  // An address that names a view is obeyed (and becomes the place to resume).
  await start(other, '/#/pyramid');
  await expect(here(other)).toHaveAttribute('href', '#/pyramid');
  await start(other, '/');
  await expect(here(other)).toHaveAttribute('href', '#/pyramid');
  await other.close();

  // The remembered dataset is deleted (the place stays as it was remembered): the next start is on Data, without an error.
  const remembered = await page.evaluate(() => localStorage.getItem('kefen.place'));
  expect(JSON.parse(remembered!)).toMatchObject({ dataset: sample, view: 'pyramid', tabs: { rfm: 'eight' } });
  await start(page, '/#/data');
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('dataset-row').filter({ hasNotText: '长海物流' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(1);
  await page.evaluate((text) => localStorage.setItem('kefen.place', text!), remembered);
  await start(page, '/');
  await expect(here(page)).toHaveAttribute('href', '#/data');
  await expect(page.locator('#dataset-select')).toHaveValue(classroom!);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
