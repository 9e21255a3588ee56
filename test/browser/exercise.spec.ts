import { expect, test, type Page } from '@playwright/test';
import { expectTexts } from './session.ts';

async function openExercise(page: Page, locale: 'en' | 'zh') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', l);
  }, locale);
  await page.goto('/#/exercise');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await expect(page.getByTestId('exercise-sheet')).toBeVisible();
}

// Row 1 of the 长海物流 sheet is customer 4 with 740 of 2,000 万元: share 37.0 %, cumulative 37.0 %, class A.
async function answerFirstRow(page: Page) {
  await page.getByTestId('share-0').fill('37.04'); // within 0.1 point: right
  await page.getByTestId('cum-0').fill('38'); // 1 point off: wrong
  await page.getByTestId('cls-0').fill('a'); // case does not matter: right
  await page.getByTestId('cls-1').fill('B'); // customer 1 is class A: wrong
}

test('the built-in 长海物流 exercise marks a right and a wrong answer (English, then Chinese)', async ({ page }) => {
  await openExercise(page, 'en');
  const sheet = page.getByTestId('exercise-sheet');
  await expect(sheet.locator('tbody tr')).toHaveCount(14);
  await expect(sheet.locator('tbody tr').first().locator('td').nth(1)).toHaveText('4');
  await answerFirstRow(page);
  await page.getByTestId('exercise-check').click();
  await expectTexts(page, { 'mark-share-0': '✓ right', 'mark-cum-0': '✗ wrong', 'mark-cls-0': '✓ right', 'mark-cls-1': '✗ wrong', 'mark-share-1': '', 'exercise-score': '2 of 42 cells right, 2 wrong, 38 empty.' });

  await page.getByTestId('lang-toggle').click();
  await expectTexts(page, { 'mark-share-0': '✓ 正确', 'mark-cum-0': '✗ 错误', 'exercise-score': '共 42 格：正确 2 格，错误 2 格，未填 38 格。' });

  await page.getByTestId('exercise-reveal').click();
  await expect(page.locator('svg.abc-chart rect')).toHaveCount(14);
});

test('in Chinese from the start, full-width digits and the percent sign are accepted', async ({ page }) => {
  await openExercise(page, 'zh');
  await expect(page.getByTestId('exercise-rule')).toContainText('A 类');
  await page.getByTestId('share-1').fill('２９．５％'); // customer 1: 590 / 2,000 = 29.5 %
  await page.getByTestId('cum-1').fill('66.5');
  await page.getByTestId('cls-1').fill('C');
  await page.getByRole('button', { name: '批改' }).click();
  await expectTexts(page, { 'mark-share-1': '✓ 正确', 'mark-cum-1': '✓ 正确', 'mark-cls-1': '✗ 错误' });
});

test('a teacher’s exercise link opens the same exercise in a fresh browser, with the answers computed there', async ({ page, browser }) => {
  await openExercise(page, 'en');
  await page.getByTestId('exercise-make-link').click();
  const link = await page.getByTestId('exercise-link').inputValue();
  expect(link).toMatch(/#v2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.addInitScript(() => localStorage.setItem('kefen.locale', 'en'));
  await other.goto(link);
  await expect(other).toHaveURL(/#\/exercise$/);
  await expect(other.getByTestId('share-readonly')).toBeVisible();
  await expect(other.getByTestId('exercise-source')).toHaveValue('current');
  await expect(other.getByTestId('exercise-sheet').locator('tbody tr')).toHaveCount(14);
  await answerFirstRow(other);
  await other.getByTestId('exercise-check').click();
  await expect(other.getByTestId('mark-share-0')).toHaveText('✓ right');
  await expect(other.getByTestId('mark-cum-0')).toHaveText('✗ wrong');
  await context.close();
});

/** The textbook classes of the 长海物流 sheet in rank order (METHOD §3): A = 4, 1, 2, 5; B = 3, 6, 7, 8, 10; C = 12, 9, 14, 11, 13. */
const goldenClasses = 'AAAABBBBBCCCCC'.split('');

/** The smallest font size (px) of the chart's text as it is shown on screen. */
async function smallestChartText(page: Page): Promise<number> {
  return page.locator('svg.abc-chart').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
}

for (const [locale, width] of [['en', 1366], ['zh', 390]] as const) {
  test(`the ABC chart draws the student's own classes and marks exactly the two that differ (${locale}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openExercise(page, locale);
    const answers = goldenClasses.slice();
    answers[1] = 'B'; // customer 1 (rank 2) is A
    answers[10] = 'A'; // customer 9 (rank 11) is C
    for (const [k, cls] of answers.entries()) await page.getByTestId(`cls-${k}`).fill(cls);
    await page.getByTestId('cum-3').fill('79.5');
    await page.getByTestId('exercise-reveal').click();

    const bars = page.locator('svg.abc-chart rect.bar');
    await expect(bars).toHaveCount(14);
    expect(await bars.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-cls')).join(''))).toBe(answers.join(''));
    const differing = page.locator('svg.abc-chart rect.bar[data-differs="true"]');
    await expect(differing).toHaveCount(2);
    expect(await differing.evaluateAll((rs) => rs.map((r) => `${r.getAttribute('data-customer')}:${r.getAttribute('data-cls')}→${r.getAttribute('data-correct')}`))).toEqual(['1:B→A', '9:A→C']);
    await expect(page.getByRole('img', { name: locale === 'en' ? 'Customer 1, rank 2, 590: your class B, correct class A' : '客户 1，第 2 名，590：你的类别 B，正确类别 A' })).toBeVisible();
    await expect(page.getByRole('img', { name: locale === 'en' ? 'Customer 4, rank 1, 740: your class A, right' : '客户 4，第 1 名，740：你的类别 A，正确' })).toBeVisible();
    await expect(page.getByTestId('abc-legend')).toContainText(locale === 'en' ? 'your class differs from the correct class' : '你的类别与正确类别不同');
    // The student's cut-off after customer 5 (rank 4), with the cumulative share they entered there.
    await expect(page.getByTestId('abc-cut').filter({ hasText: '79.5' })).toHaveCount(1);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);

    // Corrected, the chart follows the sheet and no mark is left.
    await page.getByTestId('cls-1').fill('A');
    await page.getByTestId('cls-10').fill('C');
    await expect(differing).toHaveCount(0);
    await expect(page.locator('svg.abc-chart text.flag')).toHaveCount(0);
    expect(await bars.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-cls')).join(''))).toBe(goldenClasses.join(''));
    await expect(page.locator('svg.abc-chart')).toHaveAttribute('aria-label', locale === 'en' ? /every class you gave is right/ : /所有类别都正确/);
  });
}
