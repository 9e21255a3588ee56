/*
 * Writes the synthetic distributor CSV, streaming:
 *   npx tsx scripts/generate.ts --rows N --out PATH [--customers C] [--seed S] [--start YYYY-MM-DD] [--months M]
 * With no arguments it regenerates public/samples/synthetic.csv (the app's built-in sample).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateTransactions } from '../src/lib/sample/synthetic.ts';

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    console.error(`generate: invalid --${name}: ${JSON.stringify(value)} (expected a non-negative integer)`);
    process.exit(2);
  }
  return Number(value);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        rows: { type: 'string' },
        out: { type: 'string' },
        customers: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        months: { type: 'string' }
      },
      strict: true
    }));
  } catch (e) {
    console.error(`generate: ${(e as Error).message}`);
    console.error('usage: npx tsx scripts/generate.ts --rows N --out PATH [--customers C] [--seed S] [--start YYYY-MM-DD] [--months M]');
    process.exit(2);
  }
  const out = values.out ?? 'public/samples/synthetic.csv';
  const lines = generateTransactions({
    rows: integer('rows', values.rows) ?? 45_000,
    customers: integer('customers', values.customers),
    seed: integer('seed', values.seed),
    start: values.start,
    months: integer('months', values.months)
  });
  const stream = createWriteStream(out);
  let batch: string[] = [];
  let count = -1;
  for (const line of lines) {
    batch.push(line);
    count++;
    if (batch.length === 4096) {
      if (!stream.write(batch.join('\n') + '\n')) await once(stream, 'drain');
      batch = [];
    }
  }
  if (batch.length) stream.write(batch.join('\n') + '\n');
  stream.end();
  await once(stream, 'finish');
  console.error(`generate: wrote ${count} rows to ${out}`);
}

main().catch((e) => {
  console.error(`generate: ${(e as Error).message}`);
  process.exit(2);
});
