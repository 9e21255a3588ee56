import { chromium, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A browser with a profile on disk, started, killed and started again like a user's: the steps of
 * the durability specs (and of `npm run torture`, which runs the same checks many times).
 */

/** The executable, arguments and address of the config's project (playwright.config.ts). */
export function browserOptions(info: TestInfo) {
  const use = info.project.use;
  return { executablePath: use.launchOptions?.executablePath ?? '/usr/bin/chromium', args: use.launchOptions?.args ?? [], baseURL: use.baseURL! };
}

export type Options = ReturnType<typeof browserOptions>;

/** A browser on the profile `dir` (created when absent). */
export async function launch(dir: string, options: Options): Promise<BrowserContext> {
  mkdirSync(dir, { recursive: true });
  return chromium.launchPersistentContext(dir, { executablePath: options.executablePath, args: options.args, baseURL: options.baseURL, headless: true, acceptDownloads: false });
}

/** Opens the Data page and waits until the app is ready. */
export async function openApp(context: BrowserContext, locale: 'en' | 'zh' = 'en'): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript((l) => localStorage.setItem('kefen.locale', l), locale);
  await page.goto('/#/data');
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  return page;
}

/**
 * The main process of the browser running on profile `dir`, a child of this process: Playwright
 * starts it in a process group of its own, so killing the group kills the renderers and workers too.
 */
export function browserPid(dir: string): number {
  const profileArg = `--user-data-dir=${resolve(dir)}`;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmdline.includes(profileArg)) return Number(name);
    } catch {
      // a process that ended while we looked
    }
  }
  throw new Error(`no browser process of this test runs on ${dir}`);
}

/** Kills the browser on `dir` with SIGKILL, all its processes at once, as a crash or power cut would. */
export function killBrowser(dir: string): void {
  const pid = browserPid(dir);
  process.kill(-pid, 'SIGKILL');
}

/** Writes a transactions CSV of `rows` rows with the project's generator (seeded: the same bytes each time). */
export function largeFile(dir: string, rows: number): string {
  const path = join(dir, `transactions-${rows}.csv`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npx', ['tsx', 'scripts/generate.ts', '--rows', String(rows), '--out', path], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return path;
}

/** Chooses `file` and starts its import without waiting for it to end. */
export async function startImport(page: Page, file: string, name: string): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForFunction(() => (window as any).kefen.importer.stage === 'preview');
  await page.getByTestId('dataset-name').fill(name);
  await page.evaluate(() => void (window as any).kefen.importer.confirm());
  await page.waitForFunction(() => (window as any).kefen.importer.stage !== 'preview');
}

/** Waits until the running import ends; its stage and error code. */
export async function importEnd(page: Page): Promise<{ stage: string; error: string | null }> {
  await page.waitForFunction(() => (window as any).kefen.importer.stage !== 'importing', null, { timeout: 120_000 });
  return page.evaluate(() => ({ stage: (window as any).kefen.importer.stage, error: (window as any).kefen.importer.error?.code ?? null }));
}

/** One stored dataset as read straight from IndexedDB: its record, and a checksum of its chunks. */
export interface StoredDataset {
  id: string;
  name: string;
  status: string;
  rows: number;
  customers: number;
  totalAmount: number;
  /** Chunks stored, and the chunks its columns say it has (a whole dataset has them all). */
  chunks: number;
  expectedChunks: number;
  /** The sum of the stored amount column, or null when there is none. */
  amountSum: number | null;
  issues: number;
}

/** Everything stored, read with plain IndexedDB (not the app's code): datasets, and chunks or issues of no dataset. */
export interface Stored {
  datasets: StoredDataset[];
  /** Dataset ids that own chunks or issues but have no record. */
  orphans: string[];
}

export async function readStored(page: Page): Promise<Stored> {
  // Run from tsx (npm run torture), the function below is compiled with esbuild's name keeping, which calls a helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const open = indexedDB.open('kefen');
    // A database that is gone stays gone: reading it must not create an empty one.
    open.onupgradeneeded = () => open.transaction!.abort();
    const db = await request(open).catch(() => null);
    if (!db) return { datasets: [], orphans: [] };
    const tx = db.transaction(['datasets', 'chunks', 'issues']);
    const records = (await request(tx.objectStore('datasets').getAll())) as any[];
    const chunkKeys = (await request(tx.objectStore('chunks').getAllKeys())) as [string, string, number][];
    const issues = (await request(tx.objectStore('issues').getAll())) as { datasetId: string }[];
    const datasets = [];
    for (const r of records) {
      const amount = (await request(tx.objectStore('chunks').index('datasetId').getAll(r.id))) as { column: string; data: ArrayLike<number> }[];
      let sum: number | null = null;
      for (const c of amount) if (c.column === 'amount') for (let i = 0; i < c.data.length; i++) sum = (sum ?? 0) + c.data[i];
      datasets.push({
        id: r.id,
        name: r.name,
        status: r.status,
        rows: r.rows,
        customers: r.report.customers,
        totalAmount: r.report.totalAmount,
        chunks: chunkKeys.filter((k) => k[0] === r.id).length,
        expectedChunks: r.columns.reduce((n: number, c: any) => n + c.chunks + (c.dictChunks ?? 0), 0),
        amountSum: sum === null ? null : Math.round(sum * 100) / 100,
        issues: issues.filter((i) => i.datasetId === r.id).length
      });
    }
    db.close();
    const known = new Set(records.map((r) => r.id));
    const owners = new Set([...chunkKeys.map((k) => k[0]), ...issues.map((i) => i.datasetId)]);
    return { datasets: datasets.sort((a, b) => (a.name < b.name ? -1 : 1)), orphans: [...owners].filter((id) => !known.has(id)) };
  });
}

/** What must hold after any crash: no import half stored, nothing orphaned, every earlier dataset as it was. */
export function problems(stored: Stored, earlier: StoredDataset[]) {
  const half = stored.datasets.filter((d) => d.status !== 'ready' || d.chunks !== d.expectedChunks);
  const damaged = earlier.filter((e) => JSON.stringify(stored.datasets.find((d) => d.id === e.id)) !== JSON.stringify(e));
  return { half: half.map((d) => `${d.name} (${d.status}, ${d.chunks} of ${d.expectedChunks} chunks)`), orphans: stored.orphans, damaged: damaged.map((d) => d.name) };
}

/** Asserts `problems` finds nothing. */
export function expectWhole(stored: Stored, earlier: StoredDataset[]) {
  expect(problems(stored, earlier)).toEqual({ half: [], orphans: [], damaged: [] });
}
