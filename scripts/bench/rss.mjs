// Resident memory of a page's renderer process (where its dedicated workers, and so DuckDB-WASM's memory, live too):
// the renderer PIDs come from the browser's CDP SystemInfo.getProcessInfo, less the browser's own UI renderer
// (--top-chrome-webui) and extension renderers; the page's are those that were not there before its context was
// opened (the browser is launched without a spare renderer, see bench.mjs). VmRSS is read from /proc/PID/status
// every 50 ms.
import { readFileSync } from 'node:fs';

/** The process's command line as one string (Chromium rewrites its argv into a single space-separated title). */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** PIDs of the browser's renderer processes that can hold a web page. */
export async function rendererPids(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => p.id)
    .filter((pid) => {
      const args = ` ${commandLine(pid)} `;
      return !args.includes(' --top-chrome-webui ') && !args.includes(' --extension-process ');
    });
}

function rss(pid) {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts sampling the renderers started after `before` (a Set of PIDs). The stop function gives `peak`, the peak of
 * their summed RSS (bytes), `peakByPid` and `fallback`: true when no new renderer was found (a reused process),
 * in which case the largest renderer of the browser is taken instead.
 */
export function rssSampler(browserCdp, before) {
  let peak = 0;
  let running = true;
  const peakByPid = new Map();
  let pids = [];
  let fallback = false;
  let lastRefresh = 0;
  const loop = (async () => {
    while (running) {
      if (Date.now() - lastRefresh > 1000) {
        lastRefresh = Date.now();
        const all = await rendererPids(browserCdp).catch(() => pids);
        const fresh = all.filter((pid) => !before.has(pid));
        fallback = fresh.length === 0;
        pids = fallback ? all : fresh;
      }
      const values = pids.map((pid) => {
        const value = rss(pid);
        if (!fallback && value > (peakByPid.get(pid) ?? 0)) peakByPid.set(pid, value);
        return value;
      });
      const total = fallback ? Math.max(0, ...values) : values.reduce((a, b) => a + b, 0);
      if (total > peak) peak = total;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { peak, peakByPid: Object.fromEntries(peakByPid), fallback };
  };
}
