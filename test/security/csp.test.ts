import { describe, expect, test } from 'vitest';
import { createServer } from 'vite';
import { join } from 'node:path';
import { apacheLines, cspDirectives, cspHeader, cspMeta, headersFile, nginxLines, securityHeaders } from '../../src/lib/security/csp.ts';

const root = join(import.meta.dirname, '..', '..');

/** A directive's values in a policy text. */
function directive(policy: string, name: string): string[] | undefined {
  const part = policy.split(';').map((p) => p.trim().split(/\s+/)).find(([n]) => n === name);
  return part?.slice(1);
}

describe('the security policy', () => {
  test('production: frame-ancestors none, workers and connections to the app only, no websocket', () => {
    const policy = cspHeader('production');
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/ws:|wss:|\*|https?:|'unsafe-eval'/);
  });

  test('dev: only the hot-reload websocket is added', () => {
    expect(directive(cspHeader('dev'), 'connect-src')).toEqual(["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*']);
    const differing = cspDirectives('dev').filter(([name, values], i) => values.join(' ') !== cspDirectives('production')[i][1].join(' ')).map(([name]) => name);
    expect(differing).toEqual(['connect-src']);
  });

  test('the meta tag carries the same policy less what a meta tag cannot carry', () => {
    for (const mode of ['production', 'dev'] as const) {
      expect(cspMeta(mode)).toBe(cspHeader(mode).replace("; frame-ancestors 'none'", ''));
      expect(directive(cspMeta(mode), 'frame-ancestors')).toBeUndefined();
    }
  });

  test('_headers (Netlify, Cloudflare Pages), nginx and Apache lines say the same', () => {
    const headers = securityHeaders('production');
    expect(headers['X-Frame-Options']).toBe('DENY');
    const file = headersFile();
    expect(file.split('\n')[1]).toBe('/*');
    for (const [name, value] of Object.entries(headers)) {
      expect(file).toContain(`\n  ${name}: ${value}\n`);
      expect(nginxLines()).toContain(`add_header ${name} "${value}" always;`);
      expect(apacheLines()).toContain(`Header always set ${name} "${value}"`);
    }
  });

  test('docs/DEPLOY.md gives exactly these nginx and Apache lines', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(join(root, 'docs', 'DEPLOY.md'), 'utf8');
    expect(doc).toContain(nginxLines());
    expect(doc).toContain(apacheLines());
  });
});

describe('the dev server', () => {
  test('sends the dev policy and the other headers on the page and on scripts; its page has the dev meta tag', async () => {
    const server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1', hmr: false } });
    await server.listen();
    try {
      const address = server.httpServer!.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      for (const path of ['/', '/src/main.ts', '/src/lib/workers/import.worker.ts?worker_file&type=module']) {
        const response = await fetch(base + path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-security-policy'), path).toBe(cspHeader('dev'));
        expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      }
      const html = await (await fetch(base + '/')).text();
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${cspMeta('dev')}" />`);
    } finally {
      await server.close();
    }
  });
});
