import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOptions, expectWhole, importEnd, largeFile, launch, openApp, readStored, startImport } from './profile.ts';

/** A cancelled import and two tabs importing at once, on a profile on disk: nothing half stored, nobody's import removed. */

const rows = 300_000;
let work: string;

test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kefen-imports-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

test('a cancelled import leaves nothing behind, before and after a restart', async ({}, info) => {
  const options = browserOptions(info);
  const profile = join(work, 'profile');
  const file = largeFile(work, rows);
  let context = await launch(profile, options);
  let page = await openApp(context);
  const earlier = (await readStored(page)).datasets;
  await startImport(page, file, 'Cancelled');
  await page.waitForFunction(() => {
    const p = (window as any).kefen.importer.progress;
    return p && p.bytes >= 0.3 * p.totalBytes;
  });
  await page.getByRole('button', { name: 'Cancel import' }).click();
  expect(await importEnd(page)).toEqual({ stage: 'preview', error: null });
  const stored = await readStored(page);
  expectWhole(stored, earlier);
  expect(stored.datasets).toEqual(earlier);
  await expect(page.getByTestId('dataset-row')).toHaveCount(earlier.length);
  await context.close();

  context = await launch(profile, options);
  page = await openApp(context);
  expect(await readStored(page)).toEqual({ datasets: earlier, orphans: [] });
  await context.close();
});

test('two tabs importing at once, each reading the dataset list meanwhile, both finish whole', async ({}, info) => {
  const options = browserOptions(info);
  const profile = join(work, 'profile');
  const file = largeFile(work, rows);
  const context = await launch(profile, options);
  const first = await openApp(context);
  const earlier = (await readStored(first)).datasets;
  const second = await context.newPage();
  await second.goto('/#/data');
  await second.waitForFunction(() => (window as any).kefen?.app?.ready === true);

  await startImport(first, file, 'First tab');
  await startImport(second, file, 'Second tab');
  // Each tab reads the list (which removes dead imports) while both imports run.
  const listWhileImporting = async (page: typeof first) => {
    let reads = 0;
    while (await page.evaluate(() => (window as any).kefen.importer.stage === 'importing')) {
      await page.evaluate(() => (window as any).kefen.app.refresh());
      reads++;
    }
    return reads;
  };
  const [readsFirst, readsSecond] = await Promise.all([listWhileImporting(first), listWhileImporting(second)]);
  expect(readsFirst + readsSecond).toBeGreaterThan(0);
  expect(await importEnd(first)).toEqual({ stage: 'done', error: null });
  expect(await importEnd(second)).toEqual({ stage: 'done', error: null });

  const stored = await readStored(first);
  expectWhole(stored, earlier);
  const imported = stored.datasets.filter((d) => d.name.endsWith(' tab'));
  expect(imported.map((d) => [d.name, d.status, d.rows])).toEqual([
    ['First tab', 'ready', rows],
    ['Second tab', 'ready', rows]
  ]);
  // The same file twice: the same stored figures.
  const [a, b] = imported;
  expect({ ...a, id: '', name: '' }).toEqual({ ...b, id: '', name: '' });
  await context.close();
});
