import { expect, test } from '@playwright/test';
import { openFresh, openView } from './session.ts';

/** The customer lists of the value-score page show each customer's score and tier, best score first. */
for (const locale of ['en', 'zh'] as const) {
  test(`value score: a tier's and a quadrant's customer list show score and tier, sorted by score (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await openView(page, 'value');
    const header = locale === 'en' ? ['Value score', 'Score tier'] : ['价值得分', '得分层级'];
    const tier1 = locale === 'en' ? 'Tier 1' : '第 1 层';

    await page.getByTestId('value-tiers').locator('tbody tr').first().getByRole('button').click();
    const table = page.getByTestId('drill-table');
    const heads = table.locator('thead th');
    await expect(heads.nth(1)).toHaveText(`${header[0]} ▼`);
    await expect(heads.nth(2)).toHaveText(header[1]);
    await expect(heads.nth(1)).toHaveAttribute('aria-sort', 'descending');
    const rows = table.locator('tbody tr.row');
    await expect(rows.first()).toBeVisible();
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    // every row of tier 1's list is in tier 1, the scores are the engine's and they come best first
    const engine = await page.evaluate(() => {
      const r = (window as any).kefen.app.result;
      return Object.fromEntries(r.summary.ids.map((id: string, i: number) => [id, [r.valueScore.score[i], r.valueScore.tier[i]]]));
    });
    expect(shown.length).toBeGreaterThan(3);
    const scores = shown.map(([id, score, tier]) => {
      expect(tier).toBe(tier1);
      expect(engine[id][1]).toBe(1);
      expect(score).toBe(engine[id][0].toFixed(1));
      return engine[id][0];
    });
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await page.getByTestId('drill-close').click();

    // a quadrant's list mixes tiers, still best score first
    const area = page.getByTestId('value-quadrant').locator('rect.area').first();
    await area.focus();
    await page.keyboard.press('Enter');
    await expect(heads.nth(1)).toHaveAttribute('aria-sort', 'descending');
    const quadrant = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[1].textContent!.replace(/,/g, ''))));
    expect(quadrant.length).toBeGreaterThan(3);
    expect(quadrant).toEqual([...quadrant].sort((a, b) => b - a));
  });
}
