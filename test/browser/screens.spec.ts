import { expect, test, type Page } from '@playwright/test';
import { views } from '../../src/views/registry.ts';
import { openFresh, openView } from './session.ts';

/*
 * Every view with the built-in sample, in both languages, on a laptop (1366 × 768) and a phone (390 × 844):
 * first what a person would see as broken (a page that scrolls sideways, chart text cut off by its chart or too
 * small to read, tick labels on top of each other, a button or header cell whose text runs out of its box), then
 * a screenshot of the viewport against the baseline in test/browser/screens/.
 *
 * After a deliberate change of a view, regenerate the baselines and look at them before committing:
 *   KEFEN_DIST=dist npx playwright test test/browser/screens.spec.ts --update-snapshots
 */

const sizes = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 }
];

/** The clock of the page is frozen (dates written by the page, e.g. a report's date); what depends on the machine or on when the samples were stored (the import worker's clock, the disk use and quota) is masked. */
const frozen = new Date('2026-03-14T10:00:00Z');

interface Problem {
  kind: string;
  detail: string;
}

/** What a person would see as broken on the page as it stands. */
async function problems(page: Page, phone: boolean): Promise<Problem[]> {
  return page.evaluate((phone) => {
    const out: { kind: string; detail: string }[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) out.push({ kind: 'page scrolls sideways', detail: `${root.scrollWidth} > ${window.innerWidth}` });
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg')) {
      if (!shown(svg)) continue;
      const box = svg.getBoundingClientRect();
      const name = svg.getAttribute('aria-label') ?? svg.closest('figure')?.querySelector('.chart-title')?.textContent ?? 'a chart';
      const ticks: { text: string; r: DOMRect }[] = [];
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const content = text.textContent?.trim() ?? '';
        if (!content || !shown(text)) continue;
        const r = text.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          out.push({ kind: 'chart text cut off', detail: `${name}: "${content}" at ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}, chart ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}` });
        }
        if (phone) {
          const m = text.getScreenCTM();
          const scale = m ? Math.hypot(m.a, m.b) : 1;
          const px = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (px < 10) out.push({ kind: 'chart text too small', detail: `${name}: "${content}" at ${px.toFixed(1)} px` });
        }
        if (text.classList.contains('tick')) ticks.push({ text: content, r });
      }
      for (let i = 0; i < ticks.length; i++) {
        for (let j = i + 1; j < ticks.length; j++) {
          const a = ticks[i].r;
          const b = ticks[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) out.push({ kind: 'tick labels overlap', detail: `${name}: "${ticks[i].text}" and "${ticks[j].text}"` });
        }
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('main button, header button, main th, nav a')) {
      if (!shown(el) || el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push({ kind: 'text overflows its box', detail: `${el.tagName.toLowerCase()} "${el.textContent?.trim()}" ${el.scrollWidth} > ${el.clientWidth}` });
    }
    return out;
  }, phone);
}

for (const { width, height } of sizes) {
  for (const locale of ['en', 'zh'] as const) {
    test.describe(`at ${width} × ${height} (${locale})`, () => {
      // the browser's language too (it draws the date fields: mm/dd/yyyy or 年/月/日), fixed whatever the machine's
      test.use({ viewport: { width, height }, locale: locale === 'zh' ? 'zh-CN' : 'en-US' });

      for (const { key } of views) {
        test(`#/${key} looks as it should`, async ({ page }) => {
          await page.clock.setFixedTime(frozen);
          await openFresh(page, locale);
          await openView(page, key);
          await expect(page.locator('main#main > *').first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          // the view's charts and tables have been drawn at their measured width
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          expect(await problems(page, width < 600)).toEqual([]);
          await expect(page).toHaveScreenshot(`${key}-${locale}-${width}.png`, {
            animations: 'disabled',
            caret: 'hide',
            maxDiffPixelRatio: 0.02,
            mask: [page.locator('[data-testid="dataset-row"] td:nth-child(6)'), page.getByTestId('storage-use')]
          });
        });
      }
    });
  }
}
