import { expect, type Locator, type Page } from '@playwright/test';

/** Shared steps of the view specs: a fresh start with both samples, waiting for results, choosing a dataset and a view. */

export async function openFresh(page: Page, locale: 'en' | 'zh' = 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', l);
  }, locale);
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await expect(page.locator('#dataset-select option')).toHaveCount(2);
}

export async function waitForResult(page: Page) {
  await page.waitForFunction(() => {
    const app = (window as any).kefen.app;
    return app.result !== null && !app.analysing;
  });
}

export async function chooseClassroom(page: Page) {
  const value = await page.locator('#dataset-select option', { hasText: '长海物流' }).getAttribute('value');
  await page.selectOption('#dataset-select', value!);
  await page.waitForFunction((id) => (window as any).kefen.app.resultFor === id, value);
}

export async function openView(page: Page, view: string) {
  await page.goto(`/#/${view}`);
  await waitForResult(page);
}

/** Each test id's text inside `scope` (a page or a locator). */
export async function expectTexts(scope: Page | Locator, texts: Record<string, string>) {
  for (const [id, text] of Object.entries(texts)) await expect(scope.getByTestId(id)).toHaveText(text);
}
