import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main, type CliLimits } from '../../src/cli/main.ts';
import { loadMessages, translateWith } from '../../src/cli/loadMessages.ts';
import { reportJson, toReport } from '../../src/cli/toReport.ts';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { importBytes } from '../../src/lib/import/importText.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';

// Whole analyses of a few thousand customers, in-process: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'public', 'samples', 'synthetic.csv');
const dir = mkdtempSync(join(tmpdir(), 'kefen-cli-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file streamed, read 64 KB at a time, in blocks of about 32,000 characters: a 4.6 MB file in about 140 blocks. */
const streamed: Partial<CliLimits> = { streamAbove: 0, pieceBytes: 64 * 1024, blockChars: 32 * 1024 };

async function run(argv: string[], limits: Partial<CliLimits> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'C' } }, limits);
  return { code, stdout, stderr };
}

describe('a file streamed block by block gives the same output as read whole', () => {
  it('analyze: the same JSON report, and the same as the engine on the whole table (the column the command line leaves out is never read)', async () => {
    const whole = await run(['analyze', sample, '--format', 'json']);
    const blocks = await run(['analyze', sample, '--format', 'json'], streamed);
    expect(whole.code).toBe(0);
    expect(blocks.code).toBe(0);
    expect(blocks.stdout).toBe(whole.stdout);

    // The app's import with every column kept (price included) and the engine, as the command line reports it.
    const imported = importBytes(readFileSync(sample));
    expect(imported.table.price).toBeInstanceOf(Float64Array);
    const config = defaultConfig();
    const { result } = new Analyzer(imported.table).run(config);
    const messages = await loadMessages();
    const columns: Record<string, string> = {};
    for (const [role, index] of Object.entries(imported.mapping.columns)) if (index !== undefined) columns[role] = imported.headers[index];
    const report = toReport({ file: sample, encoding: imported.encoding, report: imported.report, columns, config, result, translate: (n) => translateWith(messages, 'en', n.code, n.params), replacements: imported.replacements });
    expect(whole.stdout).toBe(reportJson(report) + '\n');
  });

  it('analyze --format csv, migrate and cohorts, on a file with a BOM, CRLF line ends and a quoted line break', async () => {
    const rows = [...generateTransactions({ rows: 30_000, seed: 11 })];
    rows.splice(20_000, 0, rows[1].replace(/^([^,]*),/, '"$1\nsecond line",'));
    const file = join(dir, 'bom-crlf.csv');
    writeFileSync(file, '\uFEFF' + rows.join('\r\n') + '\r\n');
    for (const argv of [
      ['analyze', file, '--format', 'csv'],
      ['migrate', file, '--by', 'abc'],
      ['cohorts', file, '--period', 'quarter']
    ]) {
      const whole = await run(argv);
      const blocks = await run(argv, { ...streamed, pieceBytes: 10_000, blockChars: 5_000 });
      expect(whole.code).toBe(0);
      expect(blocks).toEqual(whole);
    }
  });

  it('normalize: the same normalised CSV and sidecar', async () => {
    const outWhole = join(dir, 'whole.csv');
    const outBlocks = join(dir, 'blocks.csv');
    const whole = await run(['normalize', sample, '--out', outWhole]);
    const blocks = await run(['normalize', sample, '--out', outBlocks], streamed);
    expect(whole.code).toBe(0);
    expect(blocks.code).toBe(0);
    expect(readFileSync(outBlocks, 'utf8')).toBe(readFileSync(outWhole, 'utf8'));
    expect(readFileSync(`${outBlocks}.json`, 'utf8').replaceAll(outBlocks, '')).toBe(readFileSync(`${outWhole}.json`, 'utf8').replaceAll(outWhole, ''));
  });
});

describe('kefen sql reads only the head of a raw file', () => {
  /** A raw file read_csv reads as Kefen does: ISO dates, plain numbers, UTF-8 without BOM. */
  function clean(rows: number): string {
    const lines = ['customer_id,order_date,order_id,amount'];
    for (let i = 0; i < rows; i++) lines.push(`C${i % 97},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},O${i},${(i % 50) + 0.5}`);
    return lines.join('\n') + '\n';
  }

  it('a file whose tail after the first MB is binary still gives the SQL, with a note that only the head was checked', async () => {
    const file = join(dir, 'garbage-tail.csv');
    const head = Buffer.from(clean(40_000), 'utf8');
    expect(head.length).toBeGreaterThan(1024 * 1024);
    const garbage = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + (i >> 9)) & 0xff; // zero bytes, invalid UTF-8
    writeFileSync(file, Buffer.concat([head, garbage]));
    // The whole file is not a text file: analyze refuses it.
    const analyze = await run(['analyze', file]);
    expect(analyze.code).toBe(2);
    const sql = await run(['sql', file, '--analysis-date', '2024-12-31']);
    expect(sql.stderr).toMatch(/^kefen: note: only the first 256 KB of .*garbage-tail\.csv were read, its columns and its first [\d,]+ rows checked/);
    expect(sql.code).toBe(0);
    expect(sql.stdout).toMatch(/read_csv\('.*garbage-tail\.csv'/);
    expect(sql.stdout).toContain("DATE '2024-12-31'");
    const zh = await run(['sql', file, '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toMatch(/^kefen: 注意：只读取了 .*garbage-tail\.csv 的前 256 KB/);
    // The CREATE TABLE too comes from the head.
    const ddl = await run(['sql', file, '--ddl']);
    expect(ddl.code).toBe(0);
    expect(ddl.stdout).toContain('CREATE TABLE kefen_rows');
  });

  it('a rejected row is found in the head, not after it; a file read whole gets no note', async () => {
    const text = clean(2_000);
    const cut = text.indexOf('\n', 20_000) + 1;
    const bad = 'C1,2024-02-31,X1,1\n'; // no such day: rejected by the import
    const early = join(dir, 'early.csv');
    const late = join(dir, 'late.csv');
    writeFileSync(early, text.slice(0, 1_000) + text.slice(1_000).replace('\n', '\n' + bad));
    writeFileSync(late, text.slice(0, cut) + bad + text.slice(cut));
    const limits = { sqlHeadBytes: 16 * 1024 };
    const refused = await run(['sql', early], limits);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('1 rows are rejected by the import');
    const given = await run(['sql', late], limits);
    expect(given.code).toBe(0);
    expect(given.stderr).toMatch(/only the first 16 KB of .*late\.csv were read, its columns and its first [\d,]+ rows checked/);
    // With the default head (256 KB) the same file is read whole: the row is found and there is no note.
    const whole = await run(['sql', late]);
    expect(whole.code).toBe(2);
    expect(whole.stderr).toContain('1 rows are rejected by the import');
    const cleanFile = join(dir, 'clean.csv');
    writeFileSync(cleanFile, clean(500));
    const small = await run(['sql', cleanFile]);
    expect(small.code).toBe(0);
    expect(small.stderr).toBe('');
  });
});
