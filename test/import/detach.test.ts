import { describe, expect, test } from 'vitest';
import { detach } from '../../src/lib/import/detach.ts';

describe('detach(text)', () => {
  const block = 'customer number 1 with a long name,2024-01-01 10:00:00,1\n'.repeat(100);
  test.each([
    ['', ''],
    ['short', 'short'],
    [block.slice(0, 34), 'customer number 1 with a long name'],
    [block.slice(35, 54), '2024-01-01 10:00:00'],
    ['客户名称很长很长很长很长很长很长', '客户名称很长很长很长很长很长很长']
  ])('%j keeps its content', (text, expected) => {
    expect(detach(text)).toBe(expected);
    expect(detach(text)).toHaveLength(expected.length);
  });
});
