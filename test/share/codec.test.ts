import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { configSchema } from '../../src/lib/share/schema.ts';
import { toBase64Url } from '../../src/lib/share/base64url.ts';
import { decodeState, encodeState, linkLimits, linkPayload } from '../../src/lib/share/codec.ts';
import { crc32 } from '../../src/lib/share/crc32.ts';
import { deflateRaw } from '../../src/lib/share/deflate.ts';
import { ShareError, type ShareErrorCode } from '../../src/lib/share/ShareError.ts';
import { changhai, orders, state } from './fixtures.ts';

/** Builds a v1 link around any JSON text, with a correct checksum: what a hostile author could make. */
async function linkOf(inner: string, sum = crc32(inner)): Promise<string> {
  const text = `{"sum":"${sum}","state":${inner}}`;
  return `v1.${toBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
}

async function codeOf(link: string): Promise<ShareErrorCode | 'ok'> {
  try {
    await decodeState(link);
    return 'ok';
  } catch (e) {
    if (e instanceof ShareError) return e.code;
    throw e;
  }
}

const validInner = () => JSON.stringify({ view: 'abc', name: 'x', shape: 'customers', config: {}, table: null });

describe('encodeState(state) and decodeState(link)', () => {
  test.each([
    ['a customer table', state(changhai())],
    ['transactions with missing values', state(orders())],
    ['settings only', { ...state(null), source: { file: 'online_retail.csv', rows: 541_909, customers: 4_372, totalAmount: 9_747_747.93 } }],
    ['a generated name (what generates it travels beside the text)', { ...state(changhai()), name: '长海物流 (textbook case, 14 customers)', label: { key: 'exercise.builtInName' as const, params: { n: 14 } } }],
    ['a typed name that reads like a generated one (marked typed)', { ...state(changhai()), name: '示例分销商', label: null }]
  ])('round trip of %s', async (_, s) => {
    const link = await encodeState(s);
    expect(link).toMatch(/^v2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeState(link)).toEqual(s);
  });

  test('accepts the whole URL, the hash, or the payload', async () => {
    const link = await encodeState(state(changhai()));
    for (const text of [link, `#${link}`, `https://example.org/kefen/#${link}`, `  ${link}\n`]) expect((await decodeState(text)).name).toBe('长海物流 · classroom');
    expect(linkPayload(`https://x.org/#${link}`)).toBe(link);
  });

  test('does not mutate the state it encodes', async () => {
    const s = state(changhai());
    const copy = structuredClone(s);
    await encodeState(s);
    expect(s).toEqual(copy);
  });

  test('a v2 link with any one character changed is damaged, never cut and never opened', async () => {
    const link = await encodeState(state(changhai()));
    for (let i = 3; i < link.length; i++) {
      if (link[i] === '.') continue;
      const other = /[0-9a-f]/.test(link[i]) && i > link.lastIndexOf('.') ? (link[i] === 'a' ? 'b' : 'a') : link[i] === 'A' ? 'B' : 'A';
      expect(await codeOf(link.slice(0, i) + other + link.slice(i + 1)), `character ${i}`).toBe('share.error.corrupt');
    }
  });

  test('the last character of a v2 link changed is damaged, not cut', async () => {
    const link = await encodeState(state(changhai()));
    const last = link.at(-1) === '0' ? '1' : '0';
    expect(await codeOf(link.slice(0, -1) + last)).toBe('share.error.corrupt');
  });

  test('a v1 link (made before the checksum at the end) still opens; one character changed never opens with different content', async () => {
    const s = state(changhai());
    const inner = JSON.stringify({ view: s.view, name: s.name, shape: s.shape, config: s.config, table: null });
    const link = await linkOf(inner);
    expect(await decodeState(link)).toEqual({ ...s, table: null });
    const body = link.slice(3);
    for (let i = 0; i < body.length; i++) {
      const changed = body.slice(0, i) + (body[i] === 'A' ? 'B' : 'A') + body.slice(i + 1);
      const code = await codeOf(`v1.${changed}`);
      // Only bits that inflate ignores changed (unused padding after the last block): the same content opens.
      if (code === 'ok') expect(await decodeState(`v1.${changed}`)).toEqual({ ...s, table: null });
      else expect(['share.error.corrupt', 'share.error.truncated']).toContain(code);
    }
  });

  test('a cut link is reported as cut (truncated)', async () => {
    const link = await encodeState(state(changhai()));
    const dot = link.lastIndexOf('.');
    for (const keep of [link.length - 1, link.length - 5, dot + 1, dot, dot - 1, Math.floor(link.length / 2), 10, 3]) expect(await codeOf(link.slice(0, keep)), `kept ${keep}`).toBe('share.error.truncated');
  });

  test.each([
    ['a character outside base64url', 'share.error.corrupt', 'v1.abc$def'],
    ['not a Kefen link', 'share.error.notKefen', 'hello'],
    ['another site\'s hash', 'share.error.notKefen', 'section-2'],
    ['the prefix in capitals', 'share.error.prefixCase', 'V1.AAAA'],
    ['the v2 prefix in capitals', 'share.error.prefixCase', 'V2.AAAA.00000000'],
    ['a version that no Kefen wrote', 'share.error.unknownVersion', 'v0.AAAA'],
    ['a future version', 'share.error.version', 'v3.AAAA'],
    ['a far future version', 'share.error.version', 'v9999.AAAA'],
    ['an oversized link', 'share.error.tooLarge', `v1.${'A'.repeat(linkLimits.maxChars)}`]
  ])('%s → %s', async (_, code, link) => {
    expect(await codeOf(link)).toBe(code);
  });

  test('a small link that decompresses past the cap stops reading and says too large', async () => {
    const bomb = `{"sum":"00000000","state":"${'0'.repeat(linkLimits.maxBytes + 10)}"}`;
    const link = `v1.${toBase64Url(await deflateRaw(new TextEncoder().encode(bomb)))}`;
    expect(link.length).toBeLessThan(linkLimits.maxChars);
    await expect(decodeState(link)).rejects.toMatchObject({ code: 'share.error.tooLarge', detail: expect.stringContaining(String(linkLimits.maxBytes)) });
  });

  test('a wrong checksum is corrupt', async () => {
    expect(await codeOf(await linkOf(validInner(), '00000000'))).toBe('share.error.corrupt');
    expect(await codeOf(await linkOf(validInner()))).toBe('ok');
  });

  test.each([
    ['deep nesting', 'share.error.invalid', `{"view":"abc","name":"x","shape":"customers","config":{},"table":null,"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, /nesting depth 50001/],
    ['a huge array where a short one belongs', 'share.error.settings', JSON.stringify({ view: 'abc', name: 'x', shape: 'customers', config: { pyramid: { tiers: new Array(1000).fill(0.1) } }, table: null }), /config.pyramid.tiers/],
    ['a wrong type', 'share.error.settings', JSON.stringify({ view: 'abc', name: 'x', shape: 'customers', config: { abc: { a: '0.8' } }, table: null }), /config.abc.a/],
    ['an unknown shape', 'share.error.invalid', JSON.stringify({ view: 'abc', name: 'x', shape: 'orders', config: {}, table: null }), /shape/],
    ['a view that is not a route', 'share.error.invalid', JSON.stringify({ view: '../../x', name: 'x', shape: 'customers', config: {}, table: null }), /view/],
    ['an out-of-range threshold', 'share.error.settings', JSON.stringify({ view: 'abc', name: 'x', shape: 'customers', config: { abc: { a: 8 } }, table: null }), /config.abc.a/],
    ['a column named constructor', 'share.error.invalid', JSON.stringify({ view: 'abc', name: 'x', shape: 'customers', config: {}, table: { shape: 'customers', length: 0, customer: { codes: [], labels: [] }, numbers: { constructor: [] }, categories: {} } }), /reserved name/],
    ['a table whose shape disagrees', 'share.error.invalid', JSON.stringify({ view: 'abc', name: 'x', shape: 'transactions', config: {}, table: { shape: 'customers', length: 0, customer: { codes: [], labels: [] }, numbers: {}, categories: {} } }), /shape transactions but table shape customers/],
    ['not an object', 'share.error.invalid', '[1,2,3]', /expected object/]
  ])('hostile JSON with %s is refused (%s) and says what was wrong', async (_, code, inner, message) => {
    const error = await decodeState(await linkOf(inner)).catch((e) => e);
    expect(error).toBeInstanceOf(ShareError);
    expect(error.code).toBe(code);
    expect(error.detail).toMatch(message);
  });

  test('prototype keys in settings are dropped and never reach Object.prototype', async () => {
    const inner = `{"view":"abc","name":"x","shape":"customers","config":{"__proto__":{"polluted":1},"abc":{"__proto__":{"polluted":2},"a":0.7}},"table":null,"constructor":{"prototype":{"polluted":3}}}`;
    const decoded = await decodeState(await linkOf(inner));
    expect(decoded.config).toEqual({ abc: { a: 0.7 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded.config)).toBe(Object.prototype);
  });

  test('a column named __proto__ is dropped and pollutes nothing', async () => {
    const inner = `{"view":"abc","name":"x","shape":"customers","config":{},"table":{"shape":"customers","length":1,"customer":{"codes":[0],"labels":["c"]},"numbers":{"__proto__":[1],"v":[2]},"categories":{"__proto__":{"codes":[0],"labels":["p"]}}}}`;
    const decoded = await decodeState(await linkOf(inner));
    expect(Object.keys(decoded.table!.numbers)).toEqual(['v']);
    expect(Object.keys(decoded.table!.categories)).toEqual([]);
    expect(Object.prototype.hasOwnProperty.call(decoded.table!.numbers, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(decoded.table!.numbers)).toBe(Object.prototype);
  });

  test('a generated name names one of the generated keys with a few short parameters; anything else is refused', async () => {
    const inner = (label: unknown) => JSON.stringify({ view: 'abc', name: 'x', label, shape: 'customers', config: {}, table: null });
    expect(await codeOf(await linkOf(inner({ key: 'sample.changhai.name' })))).toBe('ok');
    expect((await decodeState(await linkOf(inner({ key: 'exercise.builtInName', params: { n: 14 } })))).label).toEqual({ key: 'exercise.builtInName', params: { n: 14 } });
    expect(await codeOf(await linkOf(inner({ key: 'share.readOnly.link' })))).toBe('share.error.invalid');
    expect(await codeOf(await linkOf(inner({ key: 'sample.changhai.name', params: { a: 1, b: 2, c: 3, d: 4, e: 5 } })))).toBe('share.error.invalid');
    expect(await codeOf(await linkOf(inner({ key: 'sample.changhai.name', params: { n: 'x'.repeat(101) } })))).toBe('share.error.invalid');
    // A link made before names were generated carries the name alone.
    expect(await decodeState(await linkOf(validInner()))).not.toHaveProperty('label');
  });

  test('unknown fields are dropped, missing ones stay missing (defaults fill them later)', async () => {
    const inner = JSON.stringify({ view: 'rfm', name: 'x', shape: 'customers', config: { rfm: { bins: 4, future: true }, newSection: {} }, table: null, extra: 1 });
    const decoded = await decodeState(await linkOf(inner));
    expect(decoded).toEqual({ view: 'rfm', name: 'x', shape: 'customers', config: { rfm: { bins: 4 } }, table: null });
  });
});

describe('configSchema', () => {
  test('every default setting passes unchanged (so a shared config keeps all its fields)', () => {
    const config = { ...defaultConfig(), rfm: { ...defaultConfig().rfm, actions: { 'segment.champions': '致谢并邀请推荐' } } };
    expect(configSchema.parse(config)).toEqual(config);
  });
});
