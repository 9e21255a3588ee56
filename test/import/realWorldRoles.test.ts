import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMapping } from '../../src/lib/import/checkMapping.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { previewCsv } from '../../src/lib/import/parseCsv.ts';
import { realWorldFixtures } from '../fixtures/real-world/generate.ts';

// Roles and shape apart from encoding detection: each file decoded in the encoding it is written in.
const fixtures = realWorldFixtures();
const decoded = (name: string, encoding: string) => {
  const bytes = readFileSync(new URL(`../fixtures/real-world/${name}`, import.meta.url));
  return new TextDecoder(encoding === 'windows-1252' ? 'latin1' : encoding).decode(bytes);
};

describe('the real-world corpus, decoded in its own encoding', () => {
  test.each(fixtures.map((f) => [f.name, f] as const))('importText(%s): the shape, roles, rows and total the generator states', (name, { expected }) => {
    const { report, headers, mapping } = importText(decoded(name, expected.encoding));
    expect(mapping.shape).toBe(expected.shape);
    const roles = Object.fromEntries(Object.keys(expected.roles).map((role) => [role, headers[mapping.columns[role as keyof typeof mapping.columns] ?? -1]]));
    expect(roles).toEqual(expected.roles);
    expect(report.rowsAccepted).toBe(expected.rowsAccepted);
    expect(report.customers).toBe(expected.customers);
    expect(report.totalAmount).toBeCloseTo(expected.totalAmount, 2);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('checkMapping passes the guessed mapping of %s', (name, { expected }) => {
    const p = previewCsv(decoded(name, expected.encoding));
    expect(checkMapping(p.mapping, p.headers, p.rows).problems).toEqual([]);
  });
});
