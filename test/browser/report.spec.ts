import { expect, test } from '@playwright/test';
import { chooseClassroom, openFresh, openView, waitForResult } from './session.ts';

// METHOD.md §3, golden case (长海物流, textbook rule at 80/95).
const golden = { A: ['4', '1', '2', '5'], B: ['3', '6', '7', '8', '10'], C: ['12', '9', '14', '11', '13'] };

for (const locale of ['en', 'zh'] as const) {
  const sep = locale === 'zh' ? '、' : ', ';
  test(`the classroom report lists each ABC class's customers as METHOD's golden case, and its settings (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await chooseClassroom(page);
    await openView(page, 'report');
    const members = page.getByTestId('report-abc-members');
    await expect(members.getByTestId('report-abc-members-0')).toHaveText(golden.A.join(sep));
    await expect(members.getByTestId('report-abc-members-1')).toHaveText(golden.B.join(sep));
    await expect(members.getByTestId('report-abc-members-2')).toHaveText(golden.C.join(sep));
    await expect(members.locator('dt')).toHaveText(locale === 'en' ? ['Class A (4 customers)', 'Class B (5 customers)', 'Class C (5 customers)'] : ['A 类（4 位客户）', 'B 类（5 位客户）', 'C 类（5 位客户）']);
    // the pyramid's tiers list all 14 customers
    const tiers = await page.getByTestId('report-tier-members').locator('dd').allTextContents();
    expect(tiers.flatMap((text) => (text === '—' ? [] : text.split(sep))).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    const settings = page.getByTestId('report-settings');
    await expect(settings.getByTestId('set-name')).toHaveText(/长海物流/);
    await expect(settings.getByTestId('set-abc-cutoffs')).toHaveText(locale === 'en' ? 'A up to 80.0 % of the cumulative share, B up to 95.0 %' : '累计占比 80.0 % 以内为 A 类，95.0 % 以内为 B 类');
    await expect(settings.getByTestId('set-rows')).toContainText('14');
    // a customer table has no RFM or lifecycle: no settings of theirs
    await expect(page.getByTestId('report-settings-rfm')).toHaveCount(0);
    // the printed report carries the lists and the settings
    await page.emulateMedia({ media: 'print' });
    await expect(members.getByTestId('report-abc-members-0')).toBeVisible();
    await expect(settings.getByTestId('set-abc-cutoffs')).toBeVisible();
    await expect(page.getByTestId('report-print')).toBeHidden();
  });

  test(`changing an RFM and a lifecycle setting changes the settings the report shows (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await openView(page, 'report');
    const settings = page.getByTestId('report-settings');
    await expect(settings.getByTestId('set-rfm-bins')).toHaveText('5');
    await expect(settings.getByTestId('set-life-window')).toHaveText(locale === 'en' ? '180 days' : '180 天');
    await expect(settings.getByTestId('set-rfm-method')).toHaveText(locale === 'en' ? 'Rank quantiles' : '按排名等分');
    const cuts5 = (await settings.getByTestId('set-rfm-cuts').textContent())!;
    expect(cuts5.split('·').length).toBe(3 * 4 - 2); // 4 cut points per dimension

    await openView(page, 'rfm');
    await page.getByTestId('rfm-bins').selectOption('3');
    await waitForResult(page);
    const action = page.locator('td.action textarea').first();
    await action.fill('Call them every Friday');
    await action.blur();
    await openView(page, 'lifecycle');
    await page.getByLabel(locale === 'en' ? 'Window W (days)' : '观察期 W（天）').fill('90');
    await page.getByLabel(locale === 'en' ? 'Window W (days)' : '观察期 W（天）').press('Enter');
    await waitForResult(page);
    await page.getByLabel(locale === 'en' ? 'Change band g (%)' : '变化幅度 g（%）').fill('30');
    await page.getByLabel(locale === 'en' ? 'Change band g (%)' : '变化幅度 g（%）').press('Enter');
    await waitForResult(page);

    await openView(page, 'report');
    await expect(settings.getByTestId('set-rfm-bins')).toHaveText('3');
    const cuts3 = (await settings.getByTestId('set-rfm-cuts').textContent())!;
    expect(cuts3.split('·').length).toBe(3 * 2 - 2);
    const engine = await page.evaluate(() => (window as any).kefen.app.result.rfm.thresholds.cuts.r);
    expect(engine).toHaveLength(2);
    await expect(settings.getByTestId('set-life-window')).toHaveText(locale === 'en' ? '90 days' : '90 天');
    await expect(settings.getByTestId('set-life-band')).toHaveText('30.0 %');
    await expect(settings.getByTestId('set-rfm-asof')).toHaveText('2025-12-31');
    // the report prints the action as edited, and says that it was
    await expect(page.getByTestId('report').locator('td', { hasText: 'Call them every Friday' })).toHaveCount(1);
    await expect(settings).toContainText(locale === 'en' ? '1 edited by the user' : '用户修改了 1 条');
    // the large sample lists no class of more than 50 customers, and says where its list is
    await expect(page.getByTestId('report-abc-members-2-left')).toContainText(locale === 'en' ? 'export it as CSV' : '导出 CSV');
  });
}
