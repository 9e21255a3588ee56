import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Category, Table } from '../../src/lib/analysis/table.ts';
import { importBytes } from '../../src/lib/import/importText.ts';
import { realWorldFixtures } from '../fixtures/real-world/generate.ts';

const fixtures = realWorldFixtures();
const committed = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/real-world/${name}`, import.meta.url)));

/** Every decoded label of a table: customer ids and every categorical column. */
function labelsOf(table: Table): Set<string> {
  const categories: (Category | undefined)[] = [table.customer, table.order, table.product, table.region, ...Object.values(table.categories)];
  return new Set(categories.flatMap((c) => c?.labels ?? []));
}

describe('the real-world corpus', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))('%s is what generate.ts makes', (name, fixture) => {
    expect(Buffer.from(committed(name)).equals(Buffer.from(fixture.bytes))).toBe(true);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('importBytes(%s) with no manual mapping: shape, roles, encoding, counts, total, decoded labels', (name, fixture) => {
    const { expected } = fixture;
    const { table, report, headers, mapping, encoding } = importBytes(committed(name));
    expect(encoding).toBe(expected.encoding);
    expect(mapping.shape).toBe(expected.shape);
    const roles = Object.fromEntries(Object.keys(expected.roles).map((role) => [role, headers[mapping.columns[role as keyof typeof mapping.columns] ?? -1]]));
    expect(roles).toEqual(expected.roles);
    expect(report.rowsRead).toBe(expected.rowsRead);
    expect(report.rowsAccepted).toBe(expected.rowsAccepted);
    expect(report.customers).toBe(expected.customers);
    expect(report.totalAmount).toBeCloseTo(expected.totalAmount, 2);
    const labels = labelsOf(table);
    for (const label of expected.labels) expect(labels.has(label), label).toBe(true);
    for (const label of labels) expect(label.includes('\ufffd'), label).toBe(false);
  });
});
