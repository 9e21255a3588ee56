import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importFile } from '../../src/cli/importFile.ts';
import { importBytes } from '../../src/lib/import/importText.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';

// Two real engines (and large files) per test: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'kefen-import-file-'));

/** The same import read whole (importBytes) and block by block from disk (importFile). */
function same(file: string) {
  const whole = importBytes(readFileSync(file), { lines: true });
  const streamed = importFile(file, { lines: true });
  expect(streamed.encoding).toBe(whole.encoding);
  expect(streamed.replacements).toBe(whole.replacements);
  expect(streamed.headers).toEqual(whole.headers);
  expect(streamed.mapping).toEqual(whole.mapping);
  expect(streamed.report).toEqual(whole.report);
  expect(streamed.table).toEqual(whole.table);
}

describe('importFile(path) reads a file block by block as importBytes reads it whole', () => {
  for (const name of readdirSync(join(fixtures, 'real-world')).filter((f) => /\.(csv|txt)$/.test(f))) {
    it(name, () => same(join(fixtures, 'real-world', name)));
  }

  it('a file of more than one 8 MB piece, with a BOM, month-first dates decided late and quoted line breaks', () => {
    const file = join(dir, 'big.csv');
    const rows = [...generateTransactions({ rows: 90_000, seed: 5 })];
    rows.splice(60_000, 0, rows[1].replace(/^([^,]*),/, '"$1\nsecond line",'));
    writeFileSync(file, '\uFEFF' + rows.join('\r\n') + '\r\n');
    same(file);
    const late = join(dir, 'late.csv');
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 120_000; i++) lines.push(`C${i % 500},${1 + (i % 12)}/${1 + (i % 12)}/2023,${i % 97}.5`);
    lines.push('C1,2/13/2023,1');
    writeFileSync(late, lines.join('\n') + '\n');
    same(late);
  });
});
