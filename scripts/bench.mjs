// npm run bench: imports real files into the built app in headless Chromium and, in the same run and browser build, reads
// them with DuckDB-WASM (the in-browser database a user could pick instead) up to the per-customer R/F/M rows.
// Prints one JSON object per file and round, then a summary with min / median / max when there are several rounds.
// Usage: node scripts/bench.mjs [--only online|2m] [--rows N] [--rounds N] [--scaling [--sizes 0.5,1,2,4,10]]
//                               [--no-peer] [--peer-bundle eh|mvp] [--peer-cold] [--no-build] [--port P] [--peer-port P]
//                               [--storage disk|memory]
// Each run has a browser profile of its own on disk (--storage memory: off-the-record contexts of one browser).
// The pieces are in scripts/bench/: kefen.mjs (the app's figures), duckdb.mjs and peer/ (the DuckDB-WASM page),
// specs.mjs (each file's columns and the R/F/M SQL), rss.mjs (renderer memory), serve.mjs (the peer's server),
// contexts.mjs (the browser and profile of each run).
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contextOpener } from './bench/contexts.mjs';
import { runKefen } from './bench/kefen.mjs';
import { runPeer } from './bench/duckdb.mjs';
import { serveStatic } from './bench/serve.mjs';
import { generated, onlineRetail } from './bench/specs.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    rows: { type: 'string', default: '2000000' },
    rounds: { type: 'string', default: '1' },
    scaling: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '0.5,1,2,4,10' },
    'no-peer': { type: 'boolean', default: false },
    'peer-bundle': { type: 'string' },
    'peer-cold': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '4199' },
    'peer-port': { type: 'string' },
    storage: { type: 'string', default: 'disk' }
  }
});

const root = resolve(import.meta.dirname, '..');
// KEFEN_DIST: a build directory of one's own (relative to the repository), so that parallel runs do not share one.
const dist = process.env.KEFEN_DIST ? resolve(root, process.env.KEFEN_DIST) : '/tmp/kefen-bench/dist';
const peerDist = resolve(dirname(dist), `${basename(dist)}-peer`);
const work = '/tmp/kefen-bench';
mkdirSync(work, { recursive: true });
const quiet = { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] };
const rounds = Math.max(1, Number(args.rounds) || 1);
const peer = !args['no-peer'];
const bundles = args['peer-bundle'] ? [args['peer-bundle']] : ['eh', 'mvp'];

if (!args['no-build']) execSync(`npx vite build --outDir ${dist} --emptyOutDir`, quiet);
// The peer page is small: built every time (--no-build is for the app), so that it never lags behind scripts/bench/peer.
if (peer) {
  const { build } = await import('vite');
  await build({
    root: resolve(import.meta.dirname, 'bench/peer'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: peerDist, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 100_000 }
  });
}

/** A generated file of `rows` rows in /tmp/kefen-bench, written once and kept (written aside, then renamed, so a cut run leaves no half file). */
function generatedFile(rows) {
  const path = `${work}/transactions-${rows}.csv`;
  if (!existsSync(path)) {
    execSync(`npx tsx scripts/generate.ts --rows ${rows} --out ${path}.part`, quiet);
    renameSync(`${path}.part`, path);
  }
  return { name: `generated-${rows}.csv`, path, rows, spec: generated };
}

const files = [];
if (args.scaling) {
  for (const size of args.sizes.split(',')) {
    const rows = Math.round(Number(size) * 1_000_000);
    if (!(rows > 0)) throw new Error(`--sizes: ${JSON.stringify(size)} is not a number of millions of rows`);
    files.push(generatedFile(rows));
  }
} else {
  const retail = resolve(root, '../shared/data/online_retail.csv');
  if (!args.only || args.only === 'online') {
    if (existsSync(retail)) files.push({ name: 'online_retail.csv', path: retail, rows: 541_909, spec: onlineRetail });
    else console.error(`skipping Online Retail: ${retail} not found`);
  }
  if (!args.only || args.only === '2m') files.push(generatedFile(Number(args.rows)));
}

const port = Number(args.port);
// The peer's server first: a port in use stops the bench before anything else is started.
const peerPort = Number(args['peer-port'] ?? port + 1);
const peerServer = peer ? await serveStatic(peerDist, peerPort) : null;
const peerBase = `http://127.0.0.1:${peerPort}/`;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { cwd: root, stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}/`;
let contexts = null;
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  contexts = contextOpener({
    storage: args.storage,
    work,
    launchOptions: {
      executablePath: process.env.KEFEN_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-precise-memory-info',
        // No spare renderer kept ready: a page's renderer is then the one started for it (scripts/bench/rss.mjs).
        '--disable-features=SpareRendererForSitePerProcess'
      ]
    }
  });
  const { open } = contexts;

  const failed = (e) => ({ failed: String(e?.message ?? e).split('\n')[0] });
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? +(a / b).toFixed(2) : null);

  /** Kefen's figures kept in --scaling (import and first analysis only). */
  function scalingFigures(k, rows) {
    if (k.failed) return { kefen: k };
    const seconds = k.importSeconds + k.firstAnalysisSeconds;
    const millions = rows / 1_000_000;
    return {
      importSeconds: k.importSeconds,
      firstAnalysisSeconds: k.firstAnalysisSeconds,
      importSecondsPerMillionRows: +(k.importSeconds / millions).toFixed(3),
      secondsPerMillionRows: +(seconds / millions).toFixed(3),
      rowsPerSecond: k.rowsPerSecond,
      customers: k.customers,
      peakHeapMB: k.peakHeapMB,
      peakWorkerHeapMB: k.peakWorkerHeapMB,
      peakRendererRssMB: k.peakRendererRssMB
    };
  }

  const records = [];
  for (let round = 1; round <= rounds; round++) {
    for (const file of files) {
      // Alternate who goes first, so that neither side always meets the machine in the same state.
      const kefenFirst = round % 2 === 1;
      const timeout = Math.max(600_000, (file.rows / 1_000_000) * 300_000);
      const steps = [
        ['kefen', () => runKefen({ open, base, file, importOnly: args.scaling, timeout })],
        ['peer', () => runPeer({ open, peerBase, file, spec: file.spec, bundles, cold: args['peer-cold'], timeout })]
      ];
      if (!peer) steps.pop();
      else if (!kefenFirst) steps.reverse();
      const out = {};
      for (const [side, run] of steps) out[side] = await run().catch(failed);
      const k = out.kefen;
      const p = out.peer;
      const record = args.scaling
        ? { file: file.name, rows: file.rows, sizeMillions: file.rows / 1_000_000, round, ...scalingFigures(k, file.rows) }
        : { round, ...(k.failed ? { file: file.name, kefen: k } : k) };
      if (peer) {
        record.order = kefenFirst ? 'kefen, duckdb-wasm' : 'duckdb-wasm, kefen';
        if (p.failed) record.duckdbWasm = p;
        else {
          Object.assign(record, p);
          if (args.scaling) record.duckdbWasmSecondsPerMillionRows = +(p.duckdbWasmSeconds / (file.rows / 1_000_000)).toFixed(3);
          record.customersKefen = k.failed ? null : k.customers;
          record.customersDuckdbWasm = p.duckdbWasmRows;
          record.customersMatch = !k.failed && k.customers === p.duckdbWasmRows;
          if (!k.failed) {
            record.ratioImportToDuckdb = ratio(k.importSeconds + k.firstAnalysisSeconds, p.duckdbWasmSeconds);
            record.ratioRssToDuckdb = ratio(k.peakRendererRssMB, p.duckdbWasmPeakRendererRssMB);
          }
        }
      }
      records.push(record);
      console.log(JSON.stringify(record));
    }
  }

  if (rounds > 1) {
    // Per file, every figure that is a number in each round: min / median / max (the ratios are the rounds' own, paired).
    const summary = {};
    for (const file of files) {
      const mine = records.filter((r) => r.file === file.name);
      const keys = [...new Set(mine.flatMap((r) => Object.keys(r).filter((key) => typeof r[key] === 'number')))].filter((key) => key !== 'round' && key !== 'rows' && key !== 'sizeMillions');
      const figures = {};
      for (const key of keys) {
        const values = mine.map((r) => r[key]).filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
        if (values.length === 0) continue;
        const mid = values.length >> 1;
        const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
        figures[key] = { min: values[0], median: +median.toFixed(3), max: values.at(-1), n: values.length };
      }
      summary[file.name] = { rounds: mine.length, failedRounds: mine.filter((r) => r.kefen?.failed || r.duckdbWasm?.failed).length, ...figures };
    }
    console.log(JSON.stringify({ summary }));
  }
} finally {
  await contexts?.closeAll();
  peerServer?.close();
  process.kill(-server.pid);
}
