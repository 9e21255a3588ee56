// Memory of opening a deflate-bomb share link in the built app (headless Chromium): a link of about 200,000
// characters that inflates to 150 MiB. Prints one JSON object: the peak JS heap and the peak ArrayBuffer backing
// store (CDP Runtime.getHeapUsage) while the link is refused, and the message shown.
// Usage: npx tsx scripts/link-bomb.ts [--dist DIR] [--port N] [--v1]   (build first: npx vite build --outDir DIR)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { toBase64Url } from '../src/lib/share/base64url.ts';
import { crc32 } from '../src/lib/share/crc32.ts';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4198' }, v1: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const zeros = '0'.repeat(150 * 1024 * 1024);
let link: string;
if (args.v1) {
  link = `v1.${toBase64Url(deflateRawSync(Buffer.from(`{"sum":"00000000","state":"${zeros}"}`), { level: 9 }))}`;
} else {
  const body = toBase64Url(deflateRawSync(Buffer.from(`{"x":"${zeros}"}`), { level: 9 }));
  link = `v2.${body}.${crc32(body)}`;
}
const port = Number(args.port);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', args.dist!], { cwd: root, stdio: 'ignore', detached: true });
const browser = await chromium.launch({ executablePath: process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (let tries = 0; ; tries++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/#/data`);
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.waitForFunction(() => (window as any).kefen?.app?.ready === true, null, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = async () => (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  const base = await usage();
  let peakHeap = 0;
  let peakBacking = 0;
  let done = false;
  const poll = (async () => {
    while (!done) {
      const u = await usage();
      peakHeap = Math.max(peakHeap, u.usedSize);
      peakBacking = Math.max(peakBacking, u.backingStorageSize ?? 0);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await page.evaluate((l) => (location.hash = l), link);
  await page.getByTestId('share-error').waitFor({ timeout: 60_000 });
  const message = (await page.getByTestId('share-error').innerText()).split('\n')[0];
  done = true;
  await poll;
  const mb = (n: number) => Math.round(n / 1e5) / 10;
  console.log(JSON.stringify({ format: link.slice(0, 2), linkChars: link.length, baseHeapMB: mb(base.usedSize), peakHeapMB: mb(peakHeap), peakArrayBufferMB: mb(peakBacking), message }));
} finally {
  await browser.close();
  process.kill(-server.pid!);
}
