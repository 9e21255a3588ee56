import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { browserOptions, expectWhole, importEnd, largeFile, launch, openApp, readStored, startImport } from './profile.ts';
import { fillDisk, mountSmallDisk, unmount } from './smallDisk.ts';

/**
 * A large import on a profile whose disk is too small for it, then a start-up on a disk that is
 * full. (The read-only mode of a nearly full disk is in readOnly.spec.ts: on a real disk that
 * nearly full, Chromium 156 itself lost the database on a mere reload in 4 of 4 runs, with the app
 * writing nothing, so it cannot be a stable check of the app.) The profile must sit on a small file system of its own, so this spec mounts a tmpfs, which
 * needs root: CI runs as root on a clean machine; elsewhere run it as root (or in a container).
 */

test('a disk-full import keeps every earlier dataset, also after a restart; on a disk full at start-up the app leaves the database closed, says why in English and Chinese, and the datasets are whole once space is freed', async ({}, info) => {
  test.setTimeout(180_000);
  const options = browserOptions(info);
  const work = mkdtempSync(join(tmpdir(), 'kefen-disk-full-'));
  const file = largeFile(work, 300_000);
  const disk = join(work, 'disk');
  mountSmallDisk(disk, 16);
  let context: BrowserContext | undefined;
  try {
    const profile = join(disk, 'profile');
    // Opened once and closed, as a user's profile is (the samples are stored on first start).
    context = await launch(profile, options);
    let page = await openApp(context);
    const earlier = (await readStored(page)).datasets;
    expect(earlier.map((d) => d.status)).toEqual(['ready', 'ready']);
    await context.close();

    context = await launch(profile, options);
    page = await openApp(context);
    await startImport(page, file, 'Too large');
    const end = await importEnd(page);
    expect(end.stage).toBe('preview');
    expect(['error.quota', 'error.spaceShort']).toContain(end.error);
    // Refused before the disk ran out (the space check or the disk probe), not by a write failing inside the database.
    await expect(page.getByRole('alert').first()).toContainText(/Nothing was (kept|written)/);
    if (end.error === 'error.quota') await expect(page.getByRole('alert').first()).toContainText('no room on the disk for the next');
    expectWhole(await readStored(page), earlier);
    expect((await readStored(page)).datasets).toEqual(earlier);
    await context.close();

    // After a restart too: the same datasets, nothing else.
    context = await launch(profile, options);
    page = await openApp(context);
    expect(await readStored(page)).toEqual({ datasets: earlier, orphans: [] });
    await context.close();

    // The disk full to the last byte: the app does not even open the database (opening it writes) and says why.
    const filler = fillDisk(disk);
    context = await launch(profile, options);
    page = await openApp(context);
    await expect(page.getByTestId('storage-closed')).toHaveText(/The disk is full: Kefen has not opened your stored datasets.*Free space on the disk/);
    await expect(page.getByTestId('import-read-only')).toBeVisible();
    await expect(page.getByTestId('file-input')).toHaveCount(0);
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('storage-closed')).toHaveText(/磁盘已满：客分没有打开已保存的数据集.*请释放磁盘空间/);
    await context.close();
    rmSync(filler);
    context = await launch(profile, options);
    page = await openApp(context);
    expect(await readStored(page)).toEqual({ datasets: earlier, orphans: [] });
    await context.close();

  } finally {
    await context?.close().catch(() => undefined);
    unmount(disk);
    rmSync(work, { recursive: true, force: true });
  }
});
