import { expect, test } from 'vitest';
import { translate } from '../../../src/lib/i18n/messages.ts';
import { className } from '../../../src/views/migration/className.ts';

test.each([
  ['abc', 'A', 'Class A', 'A 类'],
  ['segment', 'champions', 'Champions', '冠军客户'],
  ['eight', 'importantValue', 'Important value', '重要价值客户'],
  ['eight', 'others', 'Others', '其他'],
  ['pyramid', 'vip', 'VIP customers', '顶尖客户'],
  ['lifecycle', 'lost', 'Lost', '流失'],
  ['abc', 'entered', 'Entered (new)', '新进入'],
  ['segment', 'left', 'Left', '已离开'],
  ['segment', 'My own', 'My own', 'My own']
])('className(%s, %s) = %s / %s', (by, key, en, zh) => {
  expect(className(by, key, (k) => translate('en', k))).toBe(en);
  expect(className(by, key, (k) => translate('zh', k))).toBe(zh);
});
