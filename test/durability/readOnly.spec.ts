import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOptions, launch, openApp, readStored } from './profile.ts';

/**
 * The app on a disk with little room left, as its start-up probe finds it (SpaceProbe.roomFor): the
 * origin private file system is made to refuse writes beyond `room` bytes, the way a full disk does.
 */
async function diskWithRoom(page: Page, room: number) {
  await page.addInitScript((limit) => {
    const real = StorageManager.prototype.getDirectory;
    const bound = (target: object, key: PropertyKey) => {
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    };
    StorageManager.prototype.getDirectory = async function () {
      const dir = await real.call(this);
      return new Proxy(dir, {
        get: (d, key) =>
          key !== 'getFileHandle'
            ? bound(d, key)
            : async (name: string, options?: FileSystemGetFileOptions) => {
                const file = await d.getFileHandle(name, options);
                return new Proxy(file, {
                  get: (f, k) =>
                    k !== 'createWritable'
                      ? bound(f, k)
                      : async () => {
                          const writable = await f.createWritable();
                          let written = 0;
                          return {
                            write: async (data: ArrayBufferView) => {
                              written += data.byteLength;
                              if (written > limit) throw new DOMException('The disk is full.', 'QuotaExceededError');
                              return writable.write(data as Uint8Array<ArrayBuffer>);
                            },
                            close: () => writable.close(),
                            abort: () => writable.abort()
                          };
                        }
                });
              }
      });
    };
  }, room);
}

let work: string;
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kefen-read-only-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

test('a nearly full disk at start-up: read-only, said in English and Chinese; datasets open and can be deleted, and then writing is tried again', async ({}, info) => {
  const options = browserOptions(info);
  const profile = join(work, 'profile');
  let context = await launch(profile, options);
  const earlier = (await readStored(await openApp(context))).datasets;
  await context.close();

  context = await launch(profile, options);
  const page = context.pages()[0] ?? (await context.newPage());
  await diskWithRoom(page, 5 * 1024 * 1024);
  await openApp(context);
  await expect(page.getByTestId('storage-full')).toHaveText(/The disk is full: Kefen is read-only\..*Free space on the disk or delete a dataset/);
  await expect(page.getByTestId('import-read-only')).toBeVisible();
  await expect(page.getByTestId('file-input')).toHaveCount(0);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('storage-full')).toHaveText(/磁盘已满：客分当前为只读模式。.*请释放磁盘空间，或在“数据”页删除一个数据集/);
  await page.getByTestId('lang-toggle').click();
  // Viewable: both listed, the current one analysed, another one opens.
  await expect(page.getByTestId('dataset-row')).toHaveCount(2);
  await page.waitForFunction(() => (window as any).kefen.app.result !== null);
  const current = await page.evaluate(() => (window as any).kefen.app.currentId);
  const other = earlier.find((d) => d.id !== current)!;
  await page.getByTestId('dataset-row').filter({ hasText: other.name }).getByRole('button', { name: other.name }).click();
  await page.waitForFunction((id) => (window as any).kefen.app.resultFor === id, other.id);
  // Deletable: the other one stays whole, and the app writes again.
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('dataset-row').filter({ hasText: other.name }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('dataset-row')).toHaveCount(1);
  await expect(page.getByTestId('storage-full')).toHaveCount(0);
  expect(await readStored(page)).toEqual({ datasets: earlier.filter((d) => d.id !== other.id), orphans: [] });
  await context.close();
});

test('a disk without room even to open the database: it stays closed and the datasets are whole once there is room', async ({}, info) => {
  const options = browserOptions(info);
  const profile = join(work, 'profile');
  let context = await launch(profile, options);
  const earlier = (await readStored(await openApp(context))).datasets;
  await context.close();

  context = await launch(profile, options);
  const page = context.pages()[0] ?? (await context.newPage());
  await diskWithRoom(page, 1024 * 1024);
  await openApp(context);
  await expect(page.getByTestId('storage-closed')).toHaveText(/The disk is full: Kefen has not opened your stored datasets.*Free space on the disk/);
  await expect(page.getByTestId('dataset-row')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).kefen.app.datasets.length)).toBe(0);
  await context.close();

  context = await launch(profile, options);
  expect(await readStored(await openApp(context))).toEqual({ datasets: earlier, orphans: [] });
  await context.close();
});
