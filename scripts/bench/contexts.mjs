// Where the bench's pages run. `disk` (the default): each run in a browser of its own with a new profile on disk,
// as a user's browser keeps its storage; IndexedDB and the origin private file system then write real files.
// `memory`: each run in a new context of one shared browser, as Playwright's newContext gives; such a context is
// off the record, its storage kept in memory by the browser process (every write to IndexedDB or OPFS is copied
// there through IPC: an OPFS write of 140 MB took 0.73-0.95 s this way against 0.05-0.2 s on disk, on the 2-core
// machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** `open(options)` gives { context, browserCdp, close } for one run; `closeAll()` ends what is left. */
export function contextOpener({ storage, launchOptions, work }) {
  if (storage !== 'disk' && storage !== 'memory') throw new Error(`--storage: ${JSON.stringify(storage)} is neither disk nor memory`);
  let shared = null;
  const open = async (options = {}) => {
    if (storage === 'memory') {
      shared ??= (async () => {
        const browser = await chromium.launch(launchOptions);
        return { browser, browserCdp: await browser.newBrowserCDPSession() };
      })();
      const { browser, browserCdp } = await shared;
      const context = await browser.newContext(options);
      return { context, browserCdp, close: () => context.close() };
    }
    const dir = mkdtempSync(`${work}/profile-`);
    const context = await chromium.launchPersistentContext(dir, { ...launchOptions, ...options });
    const browserCdp = await context.browser().newBrowserCDPSession();
    return {
      context,
      browserCdp,
      close: async () => {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  };
  const closeAll = async () => {
    if (shared) await (await shared).browser.close();
  };
  return { open, closeAll };
}
