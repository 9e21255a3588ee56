import { beforeAll, describe, expect, test } from 'vitest';
import { parseProject, projectFile } from '../../src/lib/share/project.ts';
import { ShareError } from '../../src/lib/share/ShareError.ts';
import { changhai, orders, state } from './fixtures.ts';

async function codeOf(text: string): Promise<string> {
  try {
    await parseProject(text);
    return 'ok';
  } catch (e) {
    if (e instanceof ShareError) return e.code;
    throw e;
  }
}

describe('projectFile(state) and parseProject(text)', () => {
  test.each([
    ['a customer table', state(changhai(), 'plan')],
    ['transactions with missing values', state(orders(), 'rfm')],
    ['a sample with its generated name', { ...state(changhai(), 'abc'), name: '长海物流 · 课堂案例', label: { key: 'sample.changhai.name' as const } }]
  ])('round trip of %s keeps data, settings, plan, view and generated name', async (_, s) => {
    const text = await projectFile(s as typeof s & { table: NonNullable<typeof s.table> }, new Date('2026-01-02T03:04:05Z'));
    const head = JSON.parse(text);
    expect(head).toMatchObject({ format: 'kefen-project', version: 2, created: '2026-01-02T03:04:05.000Z', view: s.view });
    expect(head.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await parseProject(text)).toEqual(s);
  });

  test('keeps every column of a transactions table (quantity, price, other columns)', async () => {
    const table = { ...orders(), quantity: Float64Array.from([1, 2, 3, 4, 5]), numbers: { discount: Float64Array.from([0, 0.1, 0, 0, Number.NaN]) } };
    const s = state(table);
    expect((await parseProject(await projectFile(s as typeof s & { table: typeof table }))).table).toEqual(table);
  });

  const made = () => projectFile(state(changhai()) as ReturnType<typeof state> & { table: ReturnType<typeof changhai> });
  let text = '';
  beforeAll(async () => {
    text = await made();
  });
  const valid = () => JSON.parse(text);
  /** A version 1 file (before the checksum): the same content without `sha256`. */
  const version1 = (change: Record<string, unknown> = {}) => {
    const { sha256: _sum, ...rest } = valid();
    return JSON.stringify({ ...rest, version: 1, ...change });
  };

  test.each([
    ['empty text', '', 'share.error.truncated'],
    ['a cut file', () => text.slice(0, 100), 'share.error.corrupt'],
    ['not JSON', 'hello', 'share.error.corrupt'],
    ['another JSON file', '{"name":"package"}', 'share.error.invalid'],
    ['a newer version', () => JSON.stringify({ ...valid(), version: 3 }), 'share.error.version'],
    ['a version that never was', () => JSON.stringify({ ...valid(), version: 0 }), 'share.error.unknownVersion'],
    ['a changed value (checksum)', () => text.replace('"营业收入（万元）":[590,', '"营业收入（万元）":[591,'), 'share.error.projectChecksum'],
    ['a changed setting (checksum)', () => JSON.stringify({ ...valid(), view: 'rfm' }), 'share.error.projectChecksum'],
    ['no checksum in version 2', () => { const { sha256: _s, ...rest } = valid(); return JSON.stringify(rest); }, 'share.error.projectChecksum'],
    ['a version 1 file with a hostile setting', () => version1({ config: { abc: { a: 1, b: 0 } } }), 'share.error.settings'],
    ['no table', () => version1({ table: null }), 'share.error.invalid'],
    ['a hostile config', () => version1({ config: { rfm: { bins: 99 } } }), 'share.error.settings'],
    ['deep nesting', `{"format":"kefen-project","x":${'['.repeat(100)}${']'.repeat(100)}}`, 'share.error.invalid']
  ])('%s → %s', async (_, content, code) => {
    expect(await codeOf(typeof content === 'function' ? content() : content)).toBe(code);
  });

  test('a version 1 file (no checksum) still opens; reformatting a version 2 file keeps its checksum valid', async () => {
    const expected = await parseProject(text);
    expect(await parseProject(version1())).toEqual(expected);
    expect(await parseProject(JSON.stringify(valid(), null, 2))).toEqual(expected);
  });

  test('errors say what was received', async () => {
    await expect(parseProject(JSON.stringify({ ...valid(), version: 7 }))).rejects.toThrow(/project version 7/);
    await expect(parseProject(version1({ config: { abc: { rule: 'other' } } }))).rejects.toThrow(/config\.abc\.rule/);
  });
});
