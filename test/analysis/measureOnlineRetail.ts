/*
 * Measures the engine on UCI Online Retail (../shared/data/online_retail.csv) in Node — not a test.
 * Run: npx tsx test/analysis/measureOnlineRetail.ts [path]
 * Prints import time, summary ms, all methods ms, and a threshold-change recompute ms: wall-clock time
 * and, in brackets, this process's CPU time (user + system), which stays meaningful on a busy machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { importText } from '../../src/lib/import/importText.ts';

const path = process.argv[2] ?? ['../shared/data/online_retail.csv', '/work/shared/data/online_retail.csv'].find((p) => existsSync(p));
if (!path) throw new Error('online_retail.csv not found: pass its path');

const ms = (t0: number) => +(performance.now() - t0).toFixed(1);
const cpu = () => process.cpuUsage();
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c0);
  return +((d.user + d.system) / 1000).toFixed(1);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let t0 = performance.now();
const text = readFileSync(path, 'utf8');
const readMs = ms(t0);
t0 = performance.now();
const { table, report, mapping } = importText(text);
const importMs = ms(t0);
console.log(`read ${readMs} ms, import ${importMs} ms: ${report.rowsRead} rows read, ${report.rowsAccepted} accepted; mapping ${JSON.stringify(mapping.columns)} amountFrom ${mapping.amountFrom}`);

// Summary alone, a few times (the first run includes JIT warm-up).
const summaryRuns: number[] = [];
const summaryCpu: number[] = [];
for (let k = 0; k < 7; k++) {
  t0 = performance.now();
  const c0 = cpu();
  summarize(table, defaultConfig().summary);
  summaryRuns.push(ms(t0));
  summaryCpu.push(cpuMs(c0));
}
console.log(`summarize: runs ${summaryRuns.join(', ')} ms (median ${median(summaryRuns)}); CPU ${summaryCpu.join(', ')} ms (median ${median(summaryCpu)})`);

// Every method from a cold Analyzer, then a threshold change.
const coldRuns: { total: number; cpu: number; summary: number }[] = [];
const recompute: number[] = [];
const recomputeCpu: number[] = [];
for (let k = 0; k < 3; k++) {
  const analyzer = new Analyzer(table);
  t0 = performance.now();
  const c0 = cpu();
  const { result, summaryMs } = analyzer.run(defaultConfig());
  coldRuns.push({ total: ms(t0), cpu: cpuMs(c0), summary: +summaryMs.toFixed(1) });
  if (k === 0) {
    const s = result.summary;
    console.log(`customers ${s.ids.length}, orders ${s.stats.orders}, rows without customer ${s.stats.rowsWithoutCustomer}, total amount ${s.stats.totalAmount.toFixed(2)}, ABC ${result.abc.classes.map((c) => `${c.cls} ${c.customers}`).join(' / ')}, notes ${result.notes.map((n) => n.code).join(', ')}`);
  }
  for (const a of [0.7, 0.75, 0.8]) {
    const c = defaultConfig();
    c.abc.a = a;
    t0 = performance.now();
    const c1 = cpu();
    const x = analyzer.run(c);
    recompute.push(ms(t0));
    recomputeCpu.push(cpuMs(c1));
    if (x.summaryMs !== 0) throw new Error('a threshold change recomputed the summary');
  }
}
console.log(`all methods (cold Analyzer): ${coldRuns.map((r) => `${r.total} ms [CPU ${r.cpu}] (summary ${r.summary})`).join('; ')}`);
console.log(`threshold-change recompute: ${recompute.join(', ')} ms (median ${median(recompute)}); CPU median ${median(recomputeCpu)} ms`);
