import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../../src/lib/analysis/defaults.ts';
import { importText } from '../../../src/lib/import/importText.ts';
import { translate } from '../../../src/lib/i18n/messages.ts';
import type { Locale } from '../../../src/lib/i18n/define.ts';
import { labelOf } from '../../../src/views/report/labelOf.ts';
import { reportSettings, type ReportDataset, type SettingsLanguage } from '../../../src/views/report/reportSettings.ts';

const lang = (locale: Locale): SettingsLanguage => ({
  t: (key, params) => translate(locale, key, params),
  label: (key, fallback) => labelOf(locale, key, fallback),
  num: (v, digits = 0) => v.toFixed(digits),
  pct: (v, digits = 1) => `${(v * 100).toFixed(digits)} %`,
  bytes: (v) => `${v} B`,
  list: (items) => items.join('; ')
});

const csv = 'order,customer,date,amount\no1,A,2024-01-05,100\no2,A,2024-03-01,50\no3,B,2024-02-10,20\no4,C,2024-03-31,-5\no5,,2024-03-02,7\n';
const imported = importText(csv);
const record: ReportDataset = {
  name: 'Orders',
  shape: 'transactions',
  source: { name: 'orders.csv', size: csv.length, encoding: 'utf-8', delimiter: ',' },
  report: { ...imported.report, rejectedStored: 0 } as ReportDataset['report'],
  created: Date.UTC(2026, 0, 2, 3, 4),
  headers: imported.headers,
  mapping: imported.mapping
};
const items = (groups: ReturnType<typeof reportSettings>, id: string) => Object.fromEntries(groups.find((g) => g.id === id)!.items.map((i) => [i.label, i.value]));

describe('reportSettings(record, result, config, lang)', () => {
  test('every section that produced a number, with the settings the engine used', () => {
    const config = defaultConfig();
    config.abc.a = 0.7;
    config.abc.b = 0.9;
    config.rfm.bins = 3;
    config.lifecycle.windowDays = 90;
    config.summary.windowDays = 60;
    const result = new Analyzer(imported.table).run(config).result;
    const groups = reportSettings(record, result, config, lang('en'));
    expect(groups.map((g) => g.id)).toEqual(['dataset', 'data', 'abc', 'pyramid', 'rfm', 'lifecycle', 'keyAccounts', 'concentration']);
    expect(items(groups, 'dataset')).toMatchObject({
      Dataset: 'Orders',
      Imported: '2026-01-02 03:04 UTC',
      Rows: '5 read, 5 accepted, 0 rejected; 1 without a customer',
      'Columns read': 'Customer: customer; Date: date; Amount: amount; Order id: order'
    });
    expect(items(groups, 'data')).toMatchObject({
      'Analysis date': '2024-03-31 (the latest date in the data)',
      'Window for F and M': 'the last 60 days up to the analysis date',
      'Rows used': 'rows with a customer dated up to 2024-03-31; F and M from the last 60 days'
    });
    expect(items(groups, 'abc')).toEqual({ Measure: 'Revenue', 'Cut-offs': 'A up to 70.0 % of the cumulative share, B up to 90.0 %', 'Boundary rule': 'Textbook' });
    const rfm = items(groups, 'rfm');
    expect(rfm['Levels per dimension']).toBe('3');
    expect(rfm['Scoring method']).toBe('Rank quantiles');
    expect(rfm['As of (recency counted to)']).toBe('2024-03-31');
    expect(rfm['Cut points used'].split(';')).toHaveLength(3);
    expect(items(groups, 'lifecycle')).toEqual({ 'Snapshot date': '2024-03-31 (the analysis date)', 'Window W': '90 days', 'Churn horizon H': '365 days', 'Change band g': '20.0 %' });
    expect(items(groups, 'concentration')).toEqual({ Measure: 'Revenue', 'Warn when one customer’s share exceeds': '20.0 %' });
  });

  test('in Chinese, and a set analysis date says so', () => {
    const config = defaultConfig();
    config.summary.analysisDate = '2024-03-15';
    const result = new Analyzer(imported.table).run(config).result;
    const groups = reportSettings(record, result, config, lang('zh'));
    expect(groups.map((g) => g.title)).toEqual(['数据集与导入', '参与分析的行', 'ABC分类', '客户金字塔', 'RFM 分级', '客户生命周期', '大客户', '客户集中度']);
    expect(items(groups, 'data')['分析日期']).toBe('2024-03-15（手动设定）');
    expect(items(groups, 'dataset')['读取的列']).toBe('客户：customer; 日期：date; 金额：amount; 订单号：order');
    expect(items(groups, 'lifecycle')['观察期 W']).toBe('180 天');
  });

  test('a customer table: no dates, RFM or lifecycle settings', () => {
    const t = importText(readFileSync('public/samples/changhai.csv', 'utf8'));
    const result = new Analyzer(t.table).run(defaultConfig()).result;
    const groups = reportSettings({ ...record, shape: 'customers', report: { ...t.report, rejectedStored: 0 } as ReportDataset['report'], headers: t.headers, mapping: t.mapping }, result, defaultConfig(), lang('en'));
    expect(groups.map((g) => g.id)).toEqual(['dataset', 'data', 'abc', 'pyramid', 'concentration']);
    expect(items(groups, 'data')).toEqual({ 'Rows used': 'rows with a customer' });
  });
});
