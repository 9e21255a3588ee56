import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Every folder under `dir`, as paths relative to the project root without a trailing slash. */
function folders(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [relative('.', path), ...folders(path)] : [];
  });
}

/** Folders of test/ that mirror nothing: data, snapshots, the browser specs, the durability specs (kills, full disks) and helper-only folders. */
const unmirrored = new Set(['fixtures', '__snapshots__']);
const unmirroredRoots = ['test/browser', 'test/durability'];

const architecture = readFileSync('docs/ARCHITECTURE.md', 'utf8');
/** The folders the document names: code spans such as `src/lib/analysis/` (with the trailing slash). */
const named = new Set([...architecture.matchAll(/`(src(?:\/[\w-]+)*)\/`/g)].map((m) => m[1]));

describe('docs/ARCHITECTURE.md and the tree', () => {
  test('every folder under src/ is named in ARCHITECTURE.md', () => {
    expect(folders('src').filter((folder) => !named.has(folder))).toEqual([]);
  });

  test('every folder ARCHITECTURE.md names exists', () => {
    const existing = new Set(['src', ...folders('src')]);
    expect([...named].filter((folder) => !existing.has(folder))).toEqual([]);
  });

  test('every test folder mirrors a folder of src/ (src/lib/<x> or src/<x>)', () => {
    const sources = new Set(folders('src'));
    const mirrors = folders('test')
      .filter((folder) => !folder.split('/').some((part) => unmirrored.has(part)))
      .filter((folder) => !unmirroredRoots.some((root) => folder === root || folder.startsWith(`${root}/`)));
    const inner = (folder: string) => folder.slice('test/'.length);
    expect(mirrors.filter((folder) => !sources.has(`src/lib/${inner(folder)}`) && !sources.has(`src/${inner(folder)}`))).toEqual([]);
  });
});
