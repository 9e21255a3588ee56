/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspMeta, headersFile, securityHeaders } from './src/lib/security/csp.ts';

/**
 * The security headers of src/lib/security/csp.ts everywhere the app is served from here: the policy in
 * index.html's meta tag (the dev policy under `vite`, the production one in the build), and
 * `dist/_headers` for static hosts that read it. The dev server and `vite preview` send the headers themselves
 * (`server.headers`, `preview.headers` below).
 */
function securityPolicy(): Plugin {
  let mode: 'dev' | 'production' = 'production';
  return {
    name: 'kefen-security-policy',
    configResolved(config) {
      mode = config.command === 'serve' ? 'dev' : 'production';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('%KEFEN_CSP%')) throw new Error('index.html lost its Content-Security-Policy meta tag (content="%KEFEN_CSP%")');
        return html.replace('%KEFEN_CSP%', cspMeta(mode));
      }
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    }
  };
}

export default defineConfig({
  plugins: [svelte(), securityPolicy()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { fs: { allow: ['..'] }, headers: securityHeaders('dev') },
  preview: { headers: securityHeaders('production') },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000
  }
});
