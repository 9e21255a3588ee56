import { describe, expect, test } from 'vitest';
import { displayName, generatedKeys, recogniseGenerated } from '../../src/lib/i18n/generatedText.ts';
import { messages, translate } from '../../src/lib/i18n/messages.ts';

describe('recogniseGenerated(name, translate)', () => {
  test.each([
    ['the exercise’s former English name', '长海物流 (textbook case, 14 customers)', { key: 'exercise.builtInName', params: { n: 14 } }],
    ['the exercise’s former Chinese name', '长海物流（教材案例，14 位客户）', { key: 'exercise.builtInName', params: { n: 14 } }],
    ['the classroom sample’s former bilingual name', '长海物流 · 课堂案例 (classroom)', { key: 'sample.changhai.name' }],
    ['the synthetic sample’s former bilingual name', '示例分销商 · Sample distributor', { key: 'sample.synthetic.name' }],
    ['a sample’s name in English', '长海物流 (Changhai Logistics) · classroom case', { key: 'sample.changhai.name' }],
    ['a sample’s name in Chinese', '示例分销商', { key: 'sample.synthetic.name' }],
    ['a typed name', 'My customers 2024', null],
    ['a typed name close to a generated one', '长海物流 (textbook case, 15 customers)', null],
    ['an empty name', '', null],
    ['a catalogue key typed as a name', 'sample.changhai.name', null]
  ])('%s', (_, name, expected) => expect(recogniseGenerated(name, translate)).toEqual(expected));
});

describe('displayName(name, label, locale, translate)', () => {
  test('a generated name is written in the reader’s language, whatever language it was stored in', () => {
    const label = { key: 'exercise.builtInName' as const, params: { n: 14 } };
    expect(displayName('长海物流 (textbook case, 14 customers)', label, 'zh', translate)).toBe('长海物流（教材案例，14 位客户）');
    expect(displayName('长海物流（教材案例，14 位客户）', label, 'en', translate)).toBe('长海物流 (textbook case, 14 customers)');
    expect(displayName('whatever was stored', { key: 'exercise.builtInName', params: { n: 1 } }, 'en', translate)).toBe('长海物流 (textbook case, 1 customer)');
  });

  test('an old name without a label: recognised when generated, else shown as typed', () => {
    expect(displayName('长海物流 (textbook case, 14 customers)', undefined, 'zh', translate)).toBe('长海物流（教材案例，14 位客户）');
    expect(displayName('示例分销商 · Sample distributor', undefined, 'en', translate)).toBe('Sample distributor');
    expect(displayName('示例分销商 · Sample distributor', undefined, 'zh', translate)).toBe('示例分销商');
    expect(displayName('客户表 A', undefined, 'en', translate)).toBe('客户表 A');
  });

  test('a name marked typed (label null) is shown as typed, even when it reads like a generated one', () => {
    expect(displayName('示例分销商', null, 'en', translate)).toBe('示例分销商');
    expect(displayName('长海物流 (textbook case, 14 customers)', null, 'zh', translate)).toBe('长海物流 (textbook case, 14 customers)');
  });

  test('every generated key is in both catalogues', () => {
    for (const key of generatedKeys) {
      expect(messages.en[key], key).toBeTruthy();
      expect(messages.zh[key], key).toBeTruthy();
    }
  });
});
