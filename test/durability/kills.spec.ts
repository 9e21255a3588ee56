import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserOptions, expectWhole, killBrowser, largeFile, launch, openApp, readStored, startImport } from './profile.ts';

/**
 * A browser killed (SIGKILL, every process) at a random moment of a large import and started again
 * at once on the same profile: the killed import leaves nothing, earlier datasets are as they were.
 */

const kills = 10;
const rows = 300_000;

/** A small seeded generator (mulberry32): the seed is printed, so a failing run can be replayed with KEFEN_SEED. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test(`${kills} kills at random moments of a ${rows.toLocaleString('en')}-row import, each relaunched at once: no importing record, no orphan chunk, earlier datasets intact`, async ({}, info) => {
  test.setTimeout(kills * 40_000);
  const seed = Number(process.env.KEFEN_SEED ?? Date.now() % 1_000_000);
  info.annotations.push({ type: 'seed', description: String(seed) });
  const next = random(seed);
  const work = mkdtempSync(join(tmpdir(), 'kefen-kills-'));
  const profile = join(work, 'profile');
  const options = browserOptions(info);
  try {
    const file = largeFile(work, rows);
    let context = await launch(profile, options);
    let page = await openApp(context);
    let earlier = (await readStored(page)).datasets;
    test.expect(earlier.map((d) => d.status)).toEqual(['ready', 'ready']);
    for (let k = 0; k < kills; k++) {
      await startImport(page, file, `Killed ${k}`);
      // A share of the file read before the kill: 0 kills before the first chunk (sometimes before the record exists).
      const share = next() < 0.2 ? 0 : next() * 0.98;
      await page.waitForFunction((s) => {
        const { importer } = (window as any).kefen;
        return importer.stage !== 'importing' || (importer.progress && importer.progress.bytes >= s * importer.progress.totalBytes);
      }, share);
      killBrowser(profile);
      context = await launch(profile, options);
      page = await openApp(context);
      const stored = await readStored(page);
      expectWhole(stored, earlier);
      // An import that finished before the kill is whole and stays: it is an earlier dataset for the next kill.
      earlier = stored.datasets;
    }
    await context.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
