import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeState } from '../../src/lib/share/codec.ts';
import { changhaiTable } from '../../src/lib/exercise/changhai.ts';

/** The classroom sample's name in English and in Chinese (generated in the UI's language). */
const classroom = '长海物流 (Changhai Logistics) · classroom case';
const classroomZh = '长海物流 · 课堂案例';

async function ready(page: Page, locale: 'en' | 'zh' = 'en') {
  await page.addInitScript((l) => {
    if (!localStorage.getItem('kefen.locale')) localStorage.setItem('kefen.locale', l);
  }, locale);
}

async function openFresh(page: Page, path = '/#/data', locale: 'en' | 'zh' = 'en') {
  await ready(page, locale);
  await page.goto(path);
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
}

/** Datasets stored in this browser's IndexedDB (status ready or not). */
async function storedDatasets(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('kefen');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('datasets').objectStore('datasets').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => reject(count.error);
        };
      })
  );
}

async function classroomReport(page: Page) {
  await openFresh(page);
  await page.selectOption('#dataset-select', { label: classroom });
  await page.goto('/#/report');
  await expect(page.getByTestId('report-abc')).toBeVisible();
}

async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('share-open').click();
  const input = page.getByTestId('share-link');
  await expect(input).toHaveValue(/#v2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  return input.inputValue();
}

async function recipient(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await ready(page);
  return { context, page };
}

test('a share link of the classroom sample opens the same ABC table in a fresh browser, read-only until saved', async ({ page, browser }) => {
  await classroomReport(page);
  const abcTable = (await page.getByTestId('report-abc').textContent()) ?? '';
  // The textbook answer: class A is customers 4, 1, 2 and 5 with 79.5 % of revenue.
  await expect(page.getByTestId('report-abc').locator('tr').first().locator('td')).toHaveText(['4', '28.6 %', '1,590.00', '79.5 %', '397.50']);
  const link = await shareLink(page);
  await expect(page.getByTestId('share-data')).toContainText('inside the link (14 rows)');
  await expect(page.getByTestId('share-length')).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  await expect(page.getByTestId('share-warning')).toHaveCount(0);

  const { context, page: other } = await recipient(browser);
  await other.goto(link);
  await expect(other.getByTestId('share-readonly')).toContainText('read-only');
  await expect(other).toHaveURL(/#\/report$/);
  await expect(other.getByTestId('report-abc')).toHaveText(abcTable);
  const before = await storedDatasets(other);
  await other.getByTestId('share-save').click();
  await expect(other.getByTestId('share-saved')).toBeVisible();
  expect(await storedDatasets(other)).toBe(before + 1);
  await expect(other.locator('#dataset-select option:checked')).toHaveText(classroom);
  await expect(other.getByTestId('share-readonly')).toHaveCount(0);
  // The saved copy is the newest stored dataset, and it is the one shown.
  expect(await other.evaluate(() => { const app = (window as any).kefen.app; return !app.readOnly && app.currentId === app.datasets[0].id; })).toBe(true);
  await expect(other.getByTestId('report-abc')).toHaveText(abcTable);
  await context.close();
});

test('a changed character, a cut link, a wrong prefix and an oversized link each give their message and store nothing', async ({ page }) => {
  await classroomReport(page);
  const link = await shareLink(page);
  const [base, payload] = link.split('#');
  const body = payload.slice(3);
  const mid = Math.floor(body.length / 2);
  const last = payload.at(-1) === '0' ? '1' : '0';
  const cases = [
    ['changed', `v2.${body.slice(0, mid)}${body[mid] === 'x' ? 'y' : 'x'}${body.slice(mid + 1)}`, 'damaged'],
    ['last character changed', `${payload.slice(0, -1)}${last}`, 'damaged'],
    ['truncated', payload.slice(0, Math.floor(payload.length * 0.6)), 'incomplete'],
    ['capital V', `V2.${body}`, 'starts with a capital “V”'],
    ['version 0', `v0.${body}`, 'no version of Kefen wrote'],
    ['newer version', `v7.${body}`, 'made by a newer version of Kefen'],
    ['oversized', `v2.${'A'.repeat(300_000)}`, 'larger than Kefen accepts']
  ] as const;

  for (const [name, bad, message] of cases) {
    const fresh = await page.context().newPage();
    await ready(fresh);
    await fresh.goto('/#/data');
    await fresh.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
    const before = await storedDatasets(fresh);
    const selected = await fresh.locator('#dataset-select').inputValue();
    await fresh.goto(`${base}#${bad}`);
    await expect(fresh.getByTestId('share-error'), name).toContainText(message);
    await expect(fresh.getByTestId('share-error')).toContainText('Nothing was changed in this browser');
    await expect(fresh.getByTestId('share-readonly')).toHaveCount(0);
    expect(await storedDatasets(fresh), name).toBe(before);
    expect(await fresh.locator('#dataset-select').inputValue(), name).toBe(selected);
    await fresh.close();
  }
});

test('a project file round trip: download it, open it in a fresh browser, see the same analysis, save it; a changed copy is refused', async ({ page, browser }, info) => {
  await classroomReport(page);
  const abcTable = (await page.getByTestId('report-abc').textContent()) ?? '';
  await page.getByTestId('share-open').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('project-download').click()]);
  expect(download.suggestedFilename()).toMatch(/\.kefen\.json$/);
  const path = await download.path();
  const project = JSON.parse(readFileSync(path, 'utf8'));
  expect(project).toMatchObject({ format: 'kefen-project', version: 2, shape: 'customers', view: 'report' });
  expect(project.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(project.table.length).toBe(14);

  const { context, page: other } = await recipient(browser);
  await other.goto('/#/data');
  await other.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  const before = await storedDatasets(other);
  await other.getByTestId('share-open').click();
  await other.setInputFiles('[data-testid=project-file]', path);
  await expect(other.getByTestId('share-readonly')).toContainText('project file');
  await expect(other.getByTestId('report-abc')).toHaveText(abcTable);
  expect(await storedDatasets(other)).toBe(before);
  await other.getByTestId('share-save').click();
  await expect(other.getByTestId('share-saved')).toBeVisible();
  expect(await storedDatasets(other)).toBe(before + 1);

  // One customer id changed by hand: the checksum no longer matches, the file is refused and nothing is stored.
  const tampered = info.outputPath('tampered.kefen.json');
  project.table.customer.labels[0] += '0';
  writeFileSync(tampered, JSON.stringify(project));
  await other.getByTestId('share-open').click();
  await other.setInputFiles('[data-testid=project-file]', tampered);
  await expect(other.getByTestId('share-error')).toContainText('The project file was changed after it was made');
  expect(await storedDatasets(other)).toBe(before + 1);
  await context.close();
});

test('a damaged project file gives its message and stores nothing', async ({ page }, info) => {
  await openFresh(page);
  const before = await storedDatasets(page);
  const file = info.outputPath('broken.kefen.json');
  writeFileSync(file, '{"format":"kefen-project","version":1,"name":"x","shape":"customers","view":"abc","config":{},"table":{"shape":"customers","length":2');
  await page.getByTestId('share-open').click();
  await page.setInputFiles('[data-testid=project-file]', file);
  await expect(page.getByTestId('share-error')).toContainText('damaged');
  expect(await storedDatasets(page)).toBe(before);
});

test('settings that a link would be refused with (3 RFM levels, 4 cut points) make no link and say why', async ({ page }) => {
  await openFresh(page, '/#/data');
  await page.goto('/#/rfm');
  await page.waitForFunction(() => (window as any).kefen.app.result !== null);
  await page.getByTestId('rfm-method').selectOption('thresholds');
  await page.getByTestId('rfm-bins').selectOption('3');
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-dialog')).toContainText('The link could not be made: rfm.thresholds.r [7,30,60,120]: the method “thresholds” with 3 levels needs 2 ascending values.');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
});

test('the Share dialog is keyboard reachable and closes with Escape', async ({ page }) => {
  await openFresh(page, '/#/data');
  await page.getByTestId('share-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  await expect(page.getByTestId('share-link')).toHaveValue(/#v2\./);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toBeHidden();
});

test('a dataset too big for a link shares its settings only; a browser holding the same data applies them', async ({ page, browser }) => {
  await openFresh(page, '/#/data');
  // The synthetic sample (45,000 rows) is opened on first start; change one setting.
  await page.evaluate(() => (window as any).kefen.app.update('abc', { a: 0.7, b: 0.9 }));
  const link = await shareLink(page);
  await expect(page.getByTestId('share-data')).toContainText('holds the settings only');
  await expect(page.getByTestId('share-data')).toContainText('synthetic.csv');

  const { context, page: other } = await recipient(browser);
  await other.goto('/#/data');
  await other.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  const before = await storedDatasets(other);
  expect(await other.evaluate(() => (window as any).kefen.app.config.abc.a)).toBe(0.8);
  await other.goto(link);
  const banner = other.getByTestId('share-settings-only');
  await expect(banner).toContainText('settings only');
  await expect(banner).toContainText('45,000 rows');
  await banner.getByRole('button', { name: /Apply these settings/ }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => other.evaluate(() => (window as any).kefen.app.config.abc)).toMatchObject({ a: 0.7, b: 0.9 });
  expect(await storedDatasets(other)).toBe(before);
  // Kept for this dataset: a reload shows the applied settings.
  await other.goto('/#/abc');
  await other.reload();
  await other.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  expect(await other.evaluate(() => (window as any).kefen.app.config.abc.a)).toBe(0.7);
  await context.close();
});

test('the report is in the current language and prints through the browser', async ({ page }) => {
  await openFresh(page, '/#/data', 'zh');
  await page.selectOption('#dataset-select', { label: classroomZh });
  await page.goto('/#/report');
  const report = page.getByTestId('report');
  await expect(report.locator('h2')).toHaveText(`客户分类分析报告：${classroomZh}`);
  await expect(report).toContainText('分层管理措施');
  await expect(report).toContainText('每 1 周一次');
  await expect(report.locator('figure svg')).toBeVisible();
  await page.evaluate(() => {
    (window as any).printed = 0;
    window.print = () => ((window as any).printed += 1);
  });
  await page.getByTestId('report-print').click();
  expect(await page.evaluate(() => (window as any).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.views')).toBeHidden();
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(report.locator('table').first()).toBeVisible();
});

test('generated names are written in the recipient’s language: a sample’s link made in English reads in Chinese, an exercise link made in Chinese reads in English', async ({ page, browser }) => {
  await classroomReport(page);
  const link = await shareLink(page);
  const zh = await browser.newContext();
  const reader = await zh.newPage();
  await ready(reader, 'zh');
  await reader.goto(link);
  await expect(reader.getByTestId('share-readonly')).toContainText(classroomZh);
  await expect(reader.getByTestId('report').locator('h2')).toHaveText(`客户分类分析报告：${classroomZh}`);
  // Saved in Chinese, it still reads in English when the language is switched: what is stored generates the name.
  await reader.getByTestId('share-save').click();
  await expect(reader.getByTestId('share-saved')).toBeVisible();
  await reader.getByTestId('lang-toggle').click();
  await expect(reader.locator('#dataset-select option:checked')).toHaveText(classroom);
  // A name the user types stays as typed, even one that reads like a generated name.
  await reader.goto('/#/data');
  const saved = reader.getByTestId('dataset-row').filter({ has: reader.locator('[aria-current=true]') });
  await saved.getByRole('button', { name: 'Rename' }).click();
  await reader.getByRole('textbox', { name: 'Rename' }).fill(classroomZh);
  await reader.getByRole('button', { name: 'Save' }).click();
  await expect(reader.locator('#dataset-select option:checked')).toHaveText(classroomZh);
  await zh.close();

  // The exercise link, made in the Chinese UI, opened in an English one.
  const teacher = await browser.newContext();
  const maker = await teacher.newPage();
  await ready(maker, 'zh');
  await maker.goto('/#/exercise');
  await maker.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  await expect(maker.getByTestId('exercise-source').locator('option:checked')).toHaveText('长海物流（教材案例，14 位客户）');
  await maker.getByTestId('exercise-make-link').click();
  const exercise = await maker.getByTestId('exercise-link').inputValue();
  await teacher.close();
  const en = await browser.newContext();
  const student = await en.newPage();
  await ready(student, 'en');
  await student.goto(exercise);
  await expect(student.getByTestId('share-readonly')).toContainText('长海物流 (textbook case, 14 customers)');
  await expect(student.getByRole('heading', { name: 'Step 2 · The data: 长海物流 (textbook case, 14 customers)' })).toBeVisible();
  await en.close();
});

test('a link made before generated names were stored, carrying the English name only, opens with the name in Chinese; a typed name stays as typed', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await ready(page, 'zh');
  const table = changhaiTable();
  for (const [name, shown] of [['长海物流 (textbook case, 14 customers)', '长海物流（教材案例，14 位客户）'], ['My class (textbook case)', 'My class (textbook case)']]) {
    // encoded as the version before, without `label`
    const payload = await encodeState({ view: 'exercise', name, shape: 'customers', config: { abc: { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' } }, table });
    await page.goto(`/#${payload}`);
    await expect(page.getByTestId('share-readonly')).toContainText(shown);
    await expect(page.getByRole('heading', { name: `第 2 步 · 收集数据：${shown}` })).toBeVisible();
  }
  await context.close();
});
