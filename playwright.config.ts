import { defineConfig } from '@playwright/test';

const chromium = process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium';
// Several people can run browser tests side by side with their own build and port.
const port = Number(process.env.KEFEN_PORT ?? 4173);
const dist = process.env.KEFEN_DIST ?? 'dist';

export default defineConfig({
  testMatch: '**/*.spec.ts',
  // screenshot baselines (screens.spec.ts) live beside the specs, one file per view, language and width
  snapshotPathTemplate: '{testDir}/screens/{arg}{ext}',
  // The views in a fresh browser each; then the durability specs, which start, kill and restart browsers on profiles of their own.
  projects: [
    { name: 'browser', testDir: 'test/browser' },
    { name: 'durability', testDir: 'test/durability' }
  ],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000
  }
});
