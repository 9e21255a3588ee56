import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/lib/i18n/messages.ts';
import { format, placeholderNames, type Catalog } from '../../src/lib/i18n/define.ts';

const catalogFiles = import.meta.glob<Record<string, Catalog>>('../../src/lib/i18n/catalog/*.ts', { eager: true });
const placeholders = placeholderNames;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  test('English and Chinese have the same keys', () => {
    const en = Object.keys(messages.en).sort();
    const zh = Object.keys(messages.zh).sort();
    expect(en.filter((k) => !(k in messages.zh))).toEqual([]);
    expect(zh.filter((k) => !(k in messages.en))).toEqual([]);
  });

  test('no message is empty and both languages use the same placeholders', () => {
    for (const key of Object.keys(messages.en)) {
      const en = messages.en[key];
      const zh = messages.zh[key];
      expect(en.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  test.each(Object.entries(catalogFiles).map(([path, mod]) => [path.replace(/.*\//, ''), mod] as const))(
    '%s: English and Chinese have the same keys with the same placeholders',
    (_, mod) => {
      for (const catalog of Object.values(mod)) {
        expect(Object.keys(catalog.zh).sort()).toEqual(Object.keys(catalog.en).sort());
        for (const key of Object.keys(catalog.en)) expect(placeholders(catalog.zh[key]), key).toEqual(placeholders(catalog.en[key]));
      }
    }
  );

  test('no key is defined in two catalogue files', () => {
    expect(Object.keys(catalogFiles).length).toBeGreaterThan(1);
    const owners = new Map<string, string[]>();
    for (const [path, mod] of Object.entries(catalogFiles)) {
      for (const catalog of Object.values(mod)) {
        for (const key of new Set([...Object.keys(catalog.en), ...Object.keys(catalog.zh)])) owners.set(key, [...(owners.get(key) ?? []), path]);
      }
    }
    expect([...owners].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  test('every literal key passed to t() in the source exists', () => {
    const missing: string[] = [];
    for (const file of files('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) if (!(m[1] in messages.en)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('format(template, params, locale)', () => {
  test.each([
    ['{n} rows', { n: 1234 }, 'en', '1,234 rows'],
    ['{n} 行', { n: 1234 }, 'zh', '1,234 行'],
    ['{name}: {missing}', { name: 'A' }, 'en', 'A: {missing}'],
    ['plain', undefined, 'en', 'plain'],
    ['every {n, plural, one {week} other {# weeks}}', { n: 1 }, 'en', 'every week'],
    ['every {n, plural, one {# week} other {# weeks}}', { n: 1 }, 'en', 'every 1 week'],
    ['every {n, plural, one {# week} other {# weeks}}', { n: 2 }, 'en', 'every 2 weeks'],
    ['every {n, plural, one {# week} other {# weeks}}', { n: 1.5 }, 'en', 'every 1.5 weeks'],
    ['{n, plural, =0 {no customers} one {# customer} other {# customers}} in {cls}', { n: 0, cls: 'A' }, 'en', 'no customers in A'],
    ['{n, plural, one {# customer of {cls}} other {# customers of {cls}}}', { n: 1200, cls: 'B' }, 'en', '1,200 customers of B'],
    ['每 {n} 周', { n: 1 }, 'zh', '每 1 周'],
    ['{n, plural, other {# 位}}', { n: 3 }, 'zh', '3 位'],
    ['{n, plural, one {x}', { n: 1 }, 'en', '{n, plural, one {x}'],
    ['{n, plural, one {# customer} other {# customers}}', { n: '1' }, 'en', '1 customer'],
    ['{n, plural, one {# customer} other {# customers}}', { n: '1,234' }, 'en', '1,234 customers'],
    ['{n, plural, one {# customer} other {# customers}}', { n: '—' }, 'en', '— customers']
  ] as const)('format(%j, %j, %s)', (template, params, locale, expected) => {
    expect(format(template, params as Record<string, unknown> | undefined, locale)).toBe(expected);
  });
});

describe('placeholderNames(template)', () => {
  test('placeholders and plural subjects, each once', () => {
    expect(placeholderNames('{a} and {n, plural, one {# of {b}} other {# of {b}}}')).toEqual(['a', 'b', 'n']);
  });
});
