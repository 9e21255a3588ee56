/*
 * npm run torture: kills the browser (SIGKILL) at random moments of a large import and starts it
 * again at once on the same profile, then imports into a profile on a disk too small for it
 * (a tmpfs: needs root); after each trial checks what the durability specs check and prints the
 * figures as one JSON object.
 *   npm run torture -- [--kills N] [--disk-full N] [--disk-mb 16] [--rows R] [--seed S] [--no-build | --dist DIR] [--port P]
 * (--dist serves a build made elsewhere, e.g. of an older commit, to compare.)
 */
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from '@playwright/test';
import { importEnd, killBrowser, largeFile, launch, openApp, problems, readStored, startImport, type Options } from '../test/durability/profile.ts';
import { mountSmallDisk, unmount } from '../test/durability/smallDisk.ts';

const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    'disk-full': { type: 'string', default: '3' },
    'disk-mb': { type: 'string', default: '16' },
    rows: { type: 'string', default: '300000' },
    seed: { type: 'string' },
    port: { type: 'string', default: '4198' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' }
  }
});
const count = (name: string, value: string) => {
  if (!/^\d+$/.test(value)) {
    console.error(`torture: invalid --${name}: ${JSON.stringify(value)} (expected a whole number)`);
    process.exit(2);
  }
  return Number(value);
};
const kills = count('kills', args.kills!);
const diskFullTrials = count('disk-full', args['disk-full']!);
const rows = count('rows', args.rows!);
const diskMb = count('disk-mb', args['disk-mb']!);
const seed = args.seed === undefined ? Date.now() % 1_000_000 : count('seed', args.seed);
const port = count('port', args.port!);

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kefen-torture-'));
const dist = join(work, 'dist');
if (!args['no-build'] && !args.dist) {
  try {
    execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { cwd: root, stdio: 'pipe' });
  } catch (error) {
    console.error(String((error as { stderr?: Buffer }).stderr ?? error));
    process.exit(1);
  }
}
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', args.dist ? resolve(args.dist) : args['no-build'] ? join(root, 'dist') : dist], { cwd: root, stdio: 'ignore', detached: true });
const options: Options = {
  executablePath: process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  baseURL: `http://127.0.0.1:${port}`
};
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(options.baseURL)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** mulberry32, seeded: the same --seed kills at the same shares of the file. */
function random(s: number) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const summary = (ms: number[]) => (ms.length ? { mean: Math.round(ms.reduce((a, b) => a + b, 0) / ms.length), max: Math.round(Math.max(...ms)) } : null);

async function killTrials() {
  const next = random(seed);
  const profile = join(work, 'kills-profile');
  const file = largeFile(work, rows);
  let context = await launch(profile, options);
  let page = await openApp(context);
  let earlier = (await readStored(page)).datasets;
  const seenHalf = new Set<string>();
  const figures = { trials: 0, halfDatasets: 0, orphans: 0, earlierDatasetsDamaged: 0, finishedBeforeKill: 0, msPerTrial: [] as number[], msKillToBrowser: [] as number[], msKillToReady: [] as number[], problems: [] as unknown[] };
  for (let k = 0; k < kills; k++) {
    const started = performance.now();
    await startImport(page, file, `Killed ${k}`);
    const share = next() < 0.2 ? 0 : next() * 0.98;
    await page.waitForFunction((s) => {
      const { importer } = (window as any).kefen;
      return importer.stage !== 'importing' || (importer.progress && importer.progress.bytes >= s * importer.progress.totalBytes);
    }, share);
    killBrowser(profile);
    const killed = performance.now();
    context = await launch(profile, options);
    figures.msKillToBrowser.push(performance.now() - killed);
    page = await openApp(context);
    figures.msKillToReady.push(performance.now() - killed);
    const stored = await readStored(page);
    const found = problems(stored, earlier);
    figures.trials++;
    // Each half dataset and orphan counted once, in the trial that left it (a leftover stays until it is removed).
    const half = found.half.filter((h) => !seenHalf.has(h.split(' (')[0]));
    for (const h of half) seenHalf.add(h.split(' (')[0]);
    const orphans = found.orphans.filter((o) => !seenHalf.has(o));
    for (const o of orphans) seenHalf.add(o);
    figures.halfDatasets += half.length;
    figures.orphans += orphans.length;
    figures.earlierDatasetsDamaged += found.damaged.length;
    if (stored.datasets.some((d) => d.name === `Killed ${k}` && d.status === 'ready')) figures.finishedBeforeKill++;
    if (half.length || orphans.length || found.damaged.length) figures.problems.push({ trial: k, share, ...found });
    // The whole datasets are the earlier ones of the next trial.
    earlier = stored.datasets.filter((d) => d.status === 'ready' && d.chunks === d.expectedChunks);
    figures.msPerTrial.push(performance.now() - started);
  }
  await context.close();
  return { ...figures, msPerTrial: summary(figures.msPerTrial), msKillToBrowser: summary(figures.msKillToBrowser), msKillToReady: summary(figures.msKillToReady) };
}

async function diskFull() {
  if (process.getuid?.() !== 0) return { skipped: `needs root: each trial mounts a ${diskMb} MB tmpfs for the browser profile` };
  const file = largeFile(work, rows);
  const figures = { diskMb, trials: 0, refused: {} as Record<string, number>, stored: 0, halfDatasets: 0, orphans: 0, earlierDatasetsDamaged: 0, allDatasetsLost: 0, msPerTrial: [] as number[] };
  for (let k = 0; k < diskFullTrials; k++) {
    const started = performance.now();
    const disk = join(work, `disk-${k}`);
    mountSmallDisk(disk, diskMb);
    let context: BrowserContext | undefined;
    try {
      const profile = join(disk, 'profile');
      context = await launch(profile, options);
      const earlier = (await readStored(await openApp(context))).datasets;
      await context.close();
      context = await launch(profile, options);
      let page = await openApp(context);
      if (await page.evaluate(() => (window as any).kefen.app.storageFull === true)) {
        // Too little room to write at all: the app started read-only and offers no import.
        figures.refused['read-only'] = (figures.refused['read-only'] ?? 0) + 1;
      } else {
        await startImport(page, file, 'Too large');
        const end = await importEnd(page);
        if (end.error) figures.refused[end.error] = (figures.refused[end.error] ?? 0) + 1;
        else figures.stored++;
      }
      await context.close();
      // Checked after a restart: what the user finds the next time.
      context = await launch(profile, options);
      page = await openApp(context);
      const stored = await readStored(page);
      await context.close();
      const found = problems(stored, earlier);
      figures.trials++;
      figures.halfDatasets += found.half.length;
      figures.orphans += found.orphans.length;
      figures.earlierDatasetsDamaged += found.damaged.length;
      if (!stored.datasets.some((d) => earlier.some((e) => e.id === d.id))) figures.allDatasetsLost++;
    } finally {
      await context?.close().catch(() => undefined);
      unmount(disk);
    }
    figures.msPerTrial.push(performance.now() - started);
  }
  return { ...figures, msPerTrial: summary(figures.msPerTrial) };
}

try {
  mkdirSync(work, { recursive: true });
  const result = { seed, rows, kills: await killTrials(), diskFull: await diskFull() };
  console.log(JSON.stringify(result, null, 2));
} finally {
  process.kill(-server.pid!, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
