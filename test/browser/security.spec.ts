import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { cspHeader, headersFile } from '../../src/lib/security/csp.ts';
import { openFresh } from './session.ts';

/*
 * The security headers under `vite preview` (the production build): the policy comes as an HTTP header on the
 * page and on each worker script, so that a worker cannot reach another origin and no other site can frame the
 * app. The "other origin" is a small server on another port of 127.0.0.1 that counts the requests it gets.
 */
let other: Server;
let otherOrigin = '';
const received: string[] = [];

test.beforeAll(async ({ baseURL }) => {
  other = createServer((req, res) => {
    received.push(req.url ?? '');
    if (req.url === '/frame.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>other site</title><iframe name="kefen" src="${baseURL}/#/data" width="800" height="600"></iframe>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('leaked');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => other.close(resolve));
});

test('the page, its scripts and the worker scripts come with the production policy as HTTP headers; _headers carries the same', async ({ page, request }) => {
  const home = await request.get('/');
  const headers = home.headers();
  expect(headers['content-security-policy']).toBe(cspHeader('production'));
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("worker-src 'self'");
  expect(headers['content-security-policy']).toContain("connect-src 'self';");
  expect(headers['content-security-policy']).not.toContain('ws:');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // The meta tag of the build: the same policy less frame-ancestors, and no websocket either.
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await home.text())?.[1];
  expect(meta).toBe(cspHeader('production').replace("; frame-ancestors 'none'", ''));

  await openFresh(page);
  const workers = page.workers();
  expect(workers.length).toBeGreaterThanOrEqual(1);
  for (const worker of workers) {
    const script = await request.get(worker.url());
    expect(script.ok()).toBe(true);
    expect(script.headers()['content-security-policy']).toBe(cspHeader('production'));
  }
  expect(await (await request.get('/_headers')).text()).toBe(headersFile());
});

test('a fetch from a worker to another origin is blocked by the policy, and nothing reaches that origin', async ({ page, request }) => {
  // The other origin answers when asked directly: a blocked fetch below is the policy, not a dead server.
  expect(await (await request.get(`${otherOrigin}/direct`)).text()).toBe('leaked');
  received.length = 0;

  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await openFresh(page);
  await page.waitForFunction(() => (window as any).kefen.app.result !== null);
  const workers = page.workers();
  // Both workers: the import worker (it loaded the built-in samples) and the analysis worker.
  expect(workers.map((w) => /(import|analysis)\.worker/.exec(w.url())?.[1]).sort()).toEqual(['analysis', 'import']);
  for (const worker of workers) {
    const outcome = await worker.evaluate(async (url) => {
      const violations: string[] = [];
      self.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      let fetched: string;
      try {
        fetched = await (await fetch(`${url}/from-worker`)).text();
      } catch (error) {
        fetched = `refused: ${(error as Error).name}`;
      }
      // The same worker may fetch from its own origin (the built-in samples come so).
      const own = (await fetch(new URL('../index.html', self.location.href))).status;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, violations, own };
    }, otherOrigin);
    expect(outcome.fetched, worker.url()).toBe('refused: TypeError');
    expect(outcome.violations).toEqual([`connect-src ${otherOrigin}/from-worker`]);
    expect(outcome.own).toBe(200);
  }
  expect(received).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('another site cannot show the app in a frame', async ({ page }) => {
  await page.goto(`${otherOrigin}/frame.html`);
  const frame = page.frame({ name: 'kefen' });
  expect(frame).not.toBeNull();
  // Blocked by frame-ancestors and X-Frame-Options: the frame holds the browser's error page, never the app.
  await expect.poll(async () => frame!.url()).toMatch(/^chrome-error:/);
  expect(await frame!.locator('#app').count()).toBe(0);
});
