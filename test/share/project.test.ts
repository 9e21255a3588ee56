import { describe, expect, test } from 'vitest';
import { parseProject, projectFile } from '../../src/lib/share/project.ts';
import { ShareError } from '../../src/lib/share/ShareError.ts';
import { changhai, orders, state } from './fixtures.ts';

function codeOf(text: string): string {
  try {
    parseProject(text);
    return 'ok';
  } catch (e) {
    if (e instanceof ShareError) return e.code;
    throw e;
  }
}

describe('projectFile(state) and parseProject(text)', () => {
  test.each([
    ['a customer table', state(changhai(), 'plan')],
    ['transactions with missing values', state(orders(), 'rfm')]
  ])('round trip of %s keeps data, settings, plan and view', (_, s) => {
    const text = projectFile(s as typeof s & { table: NonNullable<typeof s.table> }, new Date('2026-01-02T03:04:05Z'));
    const head = JSON.parse(text);
    expect(head).toMatchObject({ format: 'kefen-project', version: 1, created: '2026-01-02T03:04:05.000Z', view: s.view });
    expect(parseProject(text)).toEqual(s);
  });

  test('keeps every column of a transactions table (quantity, price, other columns)', () => {
    const table = { ...orders(), quantity: Float64Array.from([1, 2, 3, 4, 5]), numbers: { discount: Float64Array.from([0, 0.1, 0, 0, Number.NaN]) } };
    const s = state(table);
    expect(parseProject(projectFile(s as typeof s & { table: typeof table })).table).toEqual(table);
  });

  const valid = () => JSON.parse(projectFile(state(changhai()) as ReturnType<typeof state> & { table: ReturnType<typeof changhai> }));

  test.each([
    ['empty text', '', 'share.error.truncated'],
    ['a cut file', () => projectFile(state(changhai()) as never).slice(0, 100), 'share.error.corrupt'],
    ['not JSON', 'hello', 'share.error.corrupt'],
    ['another JSON file', '{"name":"package"}', 'share.error.invalid'],
    ['a newer version', () => JSON.stringify({ ...valid(), version: 2 }), 'share.error.version'],
    ['no table', () => JSON.stringify({ ...valid(), table: null }), 'share.error.invalid'],
    ['a hostile config', () => JSON.stringify({ ...valid(), config: { rfm: { bins: 99 } } }), 'share.error.invalid'],
    ['deep nesting', `{"format":"kefen-project","x":${'['.repeat(100)}${']'.repeat(100)}}`, 'share.error.invalid']
  ])('%s → %s', (_, text, code) => {
    expect(codeOf(typeof text === 'function' ? text() : text)).toBe(code);
  });

  test('errors say what was received', () => {
    expect(() => parseProject(JSON.stringify({ ...valid(), version: 7 }))).toThrow(/project version 7/);
    expect(() => parseProject(JSON.stringify({ ...valid(), config: { abc: { rule: 'other' } } }))).toThrow(/config\.abc\.rule/);
  });
});
