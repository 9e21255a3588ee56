/*
 * Writes the real-world import corpus to test/fixtures/real-world/ (see the README there):
 *   npm run -s fixtures
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realWorldFixtures } from '../test/fixtures/real-world/generate.ts';

const folder = join(import.meta.dirname, '..', 'test', 'fixtures', 'real-world');
for (const fixture of realWorldFixtures()) {
  writeFileSync(join(folder, fixture.name), fixture.bytes);
  console.log(`${fixture.name}: ${fixture.bytes.length} bytes, ${fixture.expected.rowsRead} rows`);
}
