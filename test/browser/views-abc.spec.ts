import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseClassroom, openFresh, openView, waitForResult } from './session.ts';

/*
 * The ABC, pyramid, key-account, breakdown and plan views and the drill list, in a real browser on the built-in
 * samples: the 长海物流 classroom table (METHOD §3 golden case) and the synthetic distributor.
 */

test('ABC on the 长海物流 classroom table: the golden case, class A drill list and its CSV, Chinese labels', async ({ page }) => {
  await openFresh(page);
  await chooseClassroom(page);
  await openView(page, 'abc');

  const classes = page.getByTestId('abc-classes');
  const row = (cls: string) => classes.locator(`tr[data-class=${cls}] td`);
  await expect(row('A')).toHaveText([/Class A/, '4', '28.6 %', '1,590.00', '79.5 %', '397.50']);
  await expect(row('B')).toHaveText([/Class B/, '5', '35.7 %', '308.00', '15.4 %', '61.60']);
  await expect(row('C')).toHaveText([/Class C/, '5', '35.7 %', '102.00', '5.1 %', '20.40']);

  // the ranked list: METHOD §3 in rank order (id, share, cumulative share, class)
  const ranked = page.getByTestId('abc-ranked').locator('tbody tr.row');
  await expect(ranked).toHaveCount(14);
  const expected = [
    ['4', '37.0 %', '37.0 %', 'A'],
    ['1', '29.5 %', '66.5 %', 'A'],
    ['2', '7.0 %', '73.5 %', 'A'],
    ['5', '6.0 %', '79.5 %', 'A'],
    ['3', '5.0 %', '84.5 %', 'B'],
    ['6', '3.4 %', '87.9 %', 'B'],
    ['7', '2.5 %', '90.4 %', 'B'],
    ['8', '2.5 %', '92.9 %', 'B'],
    ['10', '2.0 %', '94.9 %', 'B'],
    ['12', '2.0 %', '96.9 %', 'C'],
    ['9', '1.0 %', '97.9 %', 'C'],
    ['14', '1.0 %', '98.9 %', 'C'],
    ['11', '0.6 %', '99.5 %', 'C'],
    ['13', '0.5 %', '100.0 %', 'C']
  ];
  for (let k = 0; k < expected.length; k++) {
    const cells = ranked.nth(k).locator('td');
    const [id, share, cum, cls] = expected[k];
    await expect(cells.nth(1)).toHaveText(id);
    await expect(cells.nth(3)).toHaveText(share);
    await expect(cells.nth(4)).toHaveText(cum);
    await expect(cells.nth(5)).toHaveText(cls);
  }

  // click class A → the drill list shows exactly customers 4, 1, 2, 5
  await row('A').first().getByRole('button').click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: /Close/ })).toBeFocused();
  const drillRows = panel.locator('tbody tr.row');
  await expect(drillRows).toHaveCount(4);
  const drillIds = (await drillRows.locator('td:first-child').allTextContents()).sort();
  expect(drillIds).toEqual(['1', '2', '4', '5']);

  // CSV export of exactly what is shown: BOM, header, rows
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('table-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toMatch(/^Customer,Revenue,/);
  expect(lines[0]).toContain('ABC class');
  expect(lines).toHaveLength(5);
  const byId = Object.fromEntries(lines.slice(1).map((l) => [l.split(',')[0], l.split(',')]));
  expect(Object.keys(byId).sort()).toEqual(['1', '2', '4', '5']);
  expect(byId['4'][1]).toBe('740');
  expect(byId['1'][1]).toBe('590');
  for (const cells of Object.values(byId)) expect(cells).toContain('A');

  // Escape closes it and focus returns to the button that opened it
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(row('A').first().getByRole('button')).toBeFocused();

  // thresholds are checked before they are used; a preset applies at once
  await page.getByTestId('abc-a').fill('97');
  await page.getByTestId('abc-a').blur();
  await expect(page.getByRole('alert')).toContainText('0 < A < B ≤ 100 (received A = 97, B = 95)');
  await page.getByRole('button', { name: '70/90' }).click();
  await waitForResult(page);
  await expect(row('A')).toHaveText([/Class A/, '2', '14.3 %', '1,330.00', '66.5 %', '665.00']);
  await page.getByRole('button', { name: '80/95' }).click();
  await waitForResult(page);
  await expect(row('A').nth(1)).toHaveText('4');

  // Chinese labels
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('.view-head h2')).toHaveText('ABC 分类（帕累托分析）');
  await expect(row('A').first()).toContainText('A 类');
  await expect(classes.locator('th').first()).toHaveText('类别');
});

test('pyramid, key accounts, breakdown and plan on the synthetic sample show their charts and tables', async ({ page }) => {
  await openFresh(page);
  await waitForResult(page);

  await openView(page, 'pyramid');
  await expect(page.locator('svg polygon[role=button]')).toHaveCount(4);
  await expect(page.getByTestId('pyramid-table').locator('tbody tr')).toHaveCount(4);
  await page.locator('svg polygon[role=button]').first().click();
  await expect(page.getByTestId('drill-panel')).toBeVisible();
  await page.keyboard.press('Escape');

  // tier sizes must add up to 100 %
  const tier1 = page.getByRole('spinbutton').first();
  await tier1.fill('5');
  await tier1.blur();
  await expect(page.getByRole('alert')).toContainText('add up to 100 %');
  await page.getByTestId('pyramid-preset-3').click();
  await waitForResult(page);
  await expect(page.locator('svg polygon[role=button]')).toHaveCount(3);

  await openView(page, 'accounts');
  await expect(page.getByTestId('accounts-standard')).toContainText('12 months');
  const points = page.locator('svg circle[role=button]');
  await expect(points.first()).toBeVisible();
  expect(await points.count()).toBeGreaterThan(12);
  await points.nth(5).focus();
  await expect(page.getByTestId('accounts-month')).toContainText('key accounts');
  await expect(page.getByTestId('concentration-top1')).toHaveText(/%$/);
  await page.getByTestId('accounts-open-members').click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('accounts-classA').check();
  await expect(page.getByTestId('accounts-standard')).toContainText('class A');

  await openView(page, 'breakdown');
  const rows = page.getByTestId('breakdown-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(2);
  const firstCount = (await rows.first().locator('td').nth(1).textContent())!.replace(/,/g, '');
  await rows.first().getByRole('button').click();
  await expect(panel.getByTestId('table-count')).toHaveText(`${Number(firstCount).toLocaleString('en-US')} rows`);
  await page.keyboard.press('Escape');
  // sorted by what the bars show (customers), or by value on request; the table and the bars follow
  const counts = async () => (await rows.locator('td:nth-child(2)').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
  const byCustomers = await counts();
  expect(byCustomers.slice(0, -1)).toEqual([...byCustomers.slice(0, -1)].sort((a, b) => b - a));
  await page.getByTestId('breakdown-order').selectOption('value');
  const values = (await rows.locator('td:nth-child(4)').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
  expect(values.slice(0, -1)).toEqual([...values.slice(0, -1)].sort((a, b) => b - a));
  const firstBar = page.locator('.chart-body svg g.row').first();
  await expect(firstBar).toHaveAttribute('aria-label', new RegExp(`^${(await rows.first().getByRole('button').textContent())!.trim()}`));

  await openView(page, 'plan');
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('plan-standard').first()).toContainText('Yearly revenue ≥');
  // adjacent standards meet: B's upper bound is A's lower one
  const [aStd, bStd, cStd] = await page.getByTestId('plan-standard').allTextContents();
  const aLow = aStd.match(/≥ ([\d,.]+)/)![1];
  expect(bStd).toContain(`< ${aLow}`);
  expect(cStd).toContain(`< ${bStd.match(/≥ ([\d,.]+)/)![1]}`);
  await expect(page.getByTestId('plan-ties')).toContainText('ordered by customer id');

  // edits are stored in the plan settings; own measures replace the textbook text until restored
  const planA = page.getByTestId('plan-table').locator('tr[data-class=A]');
  await planA.getByRole('spinbutton', { name: /Phone/ }).fill('2');
  await planA.getByRole('spinbutton', { name: /Phone/ }).blur();
  await expect.poll(() => page.evaluate(() => (window as any).kefen.app.config.plan.classes[0].phoneWeeks)).toBe(2);
  await planA.getByRole('textbox').fill('Visit every week; 客户经理 on call');
  await planA.getByRole('textbox').blur();
  await expect.poll(() => page.evaluate(() => (window as any).kefen.app.config.plan.classes[0].measures)).toBe('Visit every week; 客户经理 on call');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toMatch(/\r\nClass A,\d+,/);
  expect(csv).toContain(',2,1,"Visit every week; 客户经理 on call"\r\n');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFClass,Customers,Minimum yearly revenue,Minimum yearly orders,Typical (median) yearly orders,Mean yearly revenue,Phone every (weeks),Visit every (months),Measures');
  await planA.getByRole('button', { name: /Restore/ }).click();
  await expect.poll(() => page.evaluate(() => (window as any).kefen.app.config.plan.classes[0].measures)).toBe('plan.measure.A');
  await expect(planA.getByRole('textbox')).toHaveValue(/Dedicated account manager/);
});

test('the drill list of hundreds of customers is virtualised, sorts and searches', async ({ page }) => {
  await openFresh(page);
  await waitForResult(page);
  await openView(page, 'abc');
  const customers = await page.evaluate(() => (window as any).kefen.app.result.summary.ids.length as number);
  const classC = await page.evaluate(() => (window as any).kefen.app.result.abc.classes[2].customers as number);
  expect(classC).toBeGreaterThan(300);

  await page.getByTestId('abc-classes').locator('tr[data-class=C] button').click();
  const panel = page.getByTestId('drill-panel');
  await expect(panel.getByTestId('table-count')).toHaveText(`${classC.toLocaleString('en-US')} rows`);
  const rendered = await panel.locator('tbody tr.row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  expect(rendered).toBeLessThan(customers);

  // scrolling renders other rows
  const firstBefore = await panel.locator('tbody tr.row td:first-child').first().textContent();
  await panel.locator('.vtable-scroll').evaluate((el) => (el.scrollTop = 6000));
  await expect(panel.locator('tbody tr.row td:first-child').first()).not.toHaveText(firstBefore!);
  expect(await panel.locator('tbody tr.row').count()).toBeLessThan(100);

  // sorting by revenue (descending first) puts the largest first
  await panel.getByRole('columnheader', { name: /Revenue/ }).click();
  await expect(panel.getByRole('columnheader', { name: /Revenue/ })).toHaveAttribute('aria-sort', 'descending');

  // search by id
  const someId = (await panel.locator('tbody tr.row td:first-child').first().textContent())!;
  await panel.getByTestId('table-search').fill(someId);
  await expect(panel.locator('tbody tr.row')).toHaveCount(1);
  await expect(panel.getByTestId('table-count')).toHaveText(`1 of ${classC.toLocaleString('en-US')} rows`);
});

for (const locale of ['en', 'zh'] as const) {
  test(`with few customers the ABC chart labels each bar with its customer, in rank order (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await chooseClassroom(page);
    await openView(page, 'abc');
    const axis = page.locator('.pareto svg .axis-x');
    // METHOD §3: the customers by revenue, largest first
    await expect(axis.locator('text.tick')).toHaveText(['4', '1', '2', '5', '3', '6', '7', '8', '10', '12', '9', '14', '11', '13']);
    await expect(axis.locator('text.axis-title')).toHaveText(locale === 'en' ? 'Customer, in rank order' : '客户（按排名）');
  });
}

test('the classroom table without dates explains the key-account chart and has no breakdown attribute', async ({ page }) => {
  await openFresh(page, 'zh');
  await chooseClassroom(page);
  await openView(page, 'accounts');
  await expect(page.getByTestId('accounts-nodates')).toContainText('没有日期');
  await expect(page.getByTestId('concentration-warning')).toContainText('37.0 %');
  await openView(page, 'breakdown');
  await expect(page.getByTestId('breakdown-none')).toBeVisible();
});

test('Pareto with many customers: a bar of several customers says it stands at their mean, with their total, and the axis says so', async ({ page }) => {
  await openFresh(page);
  await openView(page, 'abc');
  const chart = page.locator('.pareto svg');
  await expect(chart).toContainText('mean per customer of each bar');
  const bar = chart.locator('.bars rect').first();
  const label = (await bar.getAttribute('aria-label'))!;
  const [, from, to] = label.match(/^Ranks (\d+)–(\d+)/)!;
  const mean = Number(label.match(/Mean per customer \(bar height\): ([\d,.]+)/)![1].replace(/,/g, ''));
  const total = Number(label.match(/Total of the (\d+) customers?: ([\d,.]+)/)![2].replace(/,/g, ''));
  // the mean and the total are those of the ranks the bar covers, as the engine ranks them
  const expected = await page.evaluate(([a, b]) => {
    const abc = (window as any).kefen.app.result.abc;
    let sum = 0;
    for (let r = a - 1; r < b; r++) sum += abc.value[abc.order[r]];
    return { sum, mean: sum / (b - a + 1) };
  }, [Number(from), Number(to)]);
  expect(total).toBeCloseTo(expected.sum, 1);
  expect(mean).toBeCloseTo(expected.mean, 1);
  await bar.hover();
  await expect(page.locator('.pareto')).toContainText(`Mean per customer (bar height): `);
});
