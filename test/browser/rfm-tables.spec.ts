import { expect, test, type Page } from '@playwright/test';
import { openFresh, openView } from './session.ts';

/** Every figure cell of the segment table lies inside the table's visible area, and no action text is cut. */
async function clipped(page: Page) {
  return page.evaluate(() => {
    const wrap = document.querySelector('.seg-scroll') as HTMLElement;
    const box = wrap.getBoundingClientRect();
    const out: string[] = [];
    if (wrap.scrollWidth > wrap.clientWidth) out.push(`table scrolls: ${wrap.scrollWidth} > ${wrap.clientWidth}`);
    for (const td of wrap.querySelectorAll<HTMLElement>('tr.segment td.num, thead th')) {
      const r = td.getBoundingClientRect();
      if (r.width === 0 || r.left < box.left - 0.5 || r.right > box.left + wrap.clientWidth + 0.5) out.push(`outside: ${td.textContent}`);
      if (td.scrollWidth > td.clientWidth) out.push(`cell cut: ${td.textContent}`);
    }
    for (const area of wrap.querySelectorAll<HTMLTextAreaElement>('td.action textarea')) {
      const r = area.getBoundingClientRect();
      if (r.right > box.left + wrap.clientWidth + 0.5) out.push(`action outside: ${area.value}`);
      if (area.scrollWidth > area.clientWidth || area.scrollHeight > area.clientHeight + 1) out.push(`action cut: ${area.value}`);
      if (getComputedStyle(area).textOverflow === 'ellipsis') out.push(`action ellipsis: ${area.value}`);
    }
    return { out, cells: wrap.querySelectorAll('tr.segment td.num').length, actions: wrap.querySelectorAll('td.action textarea').length };
  });
}

for (const locale of ['en', 'zh'] as const) {
  for (const width of [1024, 1366]) {
    test(`RFM segment and 8-class tables keep every figure and the whole action in view at ${width} px (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openFresh(page, locale);
      await openView(page, 'rfm');
      for (const tab of ['grid', 'eight']) {
        await page.locator(`#rfm-tab-${tab}`).click();
        await expect(page.locator('table.segments tr.segment').first()).toBeVisible();
        const result = await clipped(page);
        expect(result.cells).toBeGreaterThan(8 * 9 - 1);
        expect(result.actions).toBeGreaterThan(7);
        expect(result.out, `${tab} tab`).toEqual([]);
      }
      // A long action wraps onto more lines instead of being cut.
      const area = page.locator('td.action textarea').first();
      const before = (await area.boundingBox())!.height;
      await area.fill('Call them within a week, '.repeat(12));
      await area.blur();
      expect((await area.boundingBox())!.height).toBeGreaterThan(before);
      expect((await clipped(page)).out).toEqual([]);
    });
  }
}
