import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { drillColumns, type DrillLanguage } from '../../src/lib/ui/drillColumns.ts';
import { translateOr } from '../../src/lib/ui/translateOr.ts';
import { translate } from '../../src/lib/i18n/messages.ts';
import { tableRows } from '../../src/lib/ui/tableColumn.ts';
import { sortOrder } from '../../src/lib/ui/sortOrder.ts';
import { customerTable, transactionTable } from '../analysis/transactionTable.ts';
import { cdnow } from '../analysis/cdnow.ts';

const lang = (locale: 'en' | 'zh'): DrillLanguage => ({
  t: (key, params) => translate(locale, key, params),
  label: (key, fallback) => translateOr(locale, key, fallback),
  num: (v, digits = 0) => v.toFixed(digits)
});

describe('drillColumns()', () => {
  const dated = new Analyzer(
    transactionTable([
      { customer: 'A', date: '2024-01-05', amount: 100 },
      { customer: 'A', date: '2024-03-01', amount: 50 },
      { customer: 'B', date: '2024-02-10', amount: 20 },
      { customer: 'C', date: '2024-03-31', amount: -5 }
    ])
  ).run(defaultConfig()).result;

  test('transactions: id, revenue, orders, recency, R/F/M, RFM code, segment, class, tier, stage', () => {
    const cols = drillColumns(dated, lang('en'));
    expect(cols.map((c) => c.id)).toEqual(['id', 'revenue', 'orders', 'recency', 'r', 'f', 'm', 'rfm', 'segment', 'abc', 'tier', 'stage']);
    const a = dated.summary.ids.indexOf('A');
    const byId = Object.fromEntries(cols.map((c) => [c.id, c]));
    expect(byId.id.text(a)).toBe('A');
    expect(byId.revenue.value(a)).toBe(150);
    expect(byId.orders.value(a)).toBe(2);
    expect(byId.recency.value(a)).toBe(30);
    // 150 of 170 = 88 % > 80 %: the textbook rule puts the largest customer in class B
    expect(byId.abc.text(a)).toBe('B');
    expect(byId.rfm.text(a)).toMatch(/^[1-5]{3}$/);
  });

  test('a customer without a positive order has no scores: shown as —, exported empty', () => {
    const cols = drillColumns(dated, lang('en'));
    const c = dated.summary.ids.indexOf('C');
    const r = cols.find((col) => col.id === 'r')!;
    expect(r.text(c)).toBe('—');
    expect(tableRows([r], [c])).toEqual([['R'], ['']]);
  });

  test('names are translated: class headers, tier and segment names in Chinese', () => {
    const cols = drillColumns(dated, lang('zh'));
    expect(cols[0].header).toBe('客户');
    const tier = cols.find((c) => c.id === 'tier')!;
    expect(['顶尖客户', '主要客户', '普通客户', '小客户']).toContain(tier.text(0));
  });

  test('customer table: no orders, recency or stage; the ABC metric column when it is not revenue', () => {
    const config = defaultConfig();
    config.abc.metric = 'score';
    const r = new Analyzer(customerTable(['1', '2'], [10, 20], { score: [3, 1] })).run(config).result;
    const cols = drillColumns(r, lang('en'));
    expect(cols.map((c) => c.id)).not.toContain('orders');
    expect(cols.map((c) => c.id)).not.toContain('stage');
    const abcValue = cols.find((c) => c.id === 'abcValue')!;
    expect(abcValue.header).toBe('ABC metric: score');
    expect(abcValue.value(r.summary.ids.indexOf('1'))).toBe(3);
  });

  test('with the value forecast: P(alive), expected purchases and CLV over its horizon, exported as numbers', () => {
    const config = defaultConfig();
    config.forecast = { ...config.forecast, enabled: true, calibrationEnd: '1997-09-30' };
    const r = new Analyzer(cdnow().table).run(config).result;
    const fc = r.forecast!;
    const cols = drillColumns(r, lang('en'));
    expect(cols.map((c) => c.id).slice(-3)).toEqual(['pAlive', 'expectedPurchases', 'clv']);
    const byId = Object.fromEntries(cols.map((c) => [c.id, c]));
    expect(byId.clv.header).toBe('CLV (52 weeks)');
    const i = Array.from(fc.x).findIndex((x, k) => x === 2 && fc.included[k] === 1);
    expect(byId.pAlive.value(i)).toBe(fc.pAlive[i]);
    expect(byId.pAlive.text(i)).toBe(`${(fc.pAlive[i] * 100).toFixed(1)} %`);
    expect(tableRows([byId.expectedPurchases, byId.clv], [i])).toEqual([
      ['Expected purchases (52 weeks)', 'CLV (52 weeks)'],
      [fc.expectedPurchases[i], fc.clv[i]]
    ]);
    expect(drillColumns(r, lang('zh')).find((c) => c.id === 'pAlive')!.header).toBe('存活概率');
  });

  test('without the forecast (the default) no forecast columns', () => {
    expect(drillColumns(dated, lang('en')).map((c) => c.id)).not.toContain('pAlive');
  });

  test('with { valueScore }: the value score and its tier after the id, in both languages; without it, neither', () => {
    expect(drillColumns(dated, lang('en')).map((c) => c.id)).not.toContain('valueScore');
    const cols = drillColumns(dated, lang('en'), { valueScore: true });
    expect(cols.map((c) => c.id).slice(0, 3)).toEqual(['id', 'valueScore', 'valueTier']);
    const vs = dated.valueScore;
    const [score, tier] = [cols[1], cols[2]];
    for (let i = 0; i < dated.summary.ids.length; i++) {
      expect(score.value(i)).toBe(vs.score[i]);
      expect(score.text(i)).toBe(vs.score[i].toFixed(1));
      expect(tier.text(i)).toBe(vs.tier[i] > 0 ? `Tier ${vs.tier[i]}` : 'Below every band');
    }
    const best = dated.summary.ids.indexOf('A');
    expect(vs.tier[best]).toBe(1);
    const zh = drillColumns(dated, lang('zh'), { valueScore: true });
    expect([zh[1].header, zh[2].header, zh[2].text(best)]).toEqual(['价值得分', '得分层级', '第 1 层']);
    // exported as shown: the score as a number, the tier as its number
    expect(tableRows([score, tier], [best])).toEqual([['Value score', 'Score tier'], [vs.score[best], 1]]);
  });

  test('with { valueScore }: a score below every band is named so, and sorts after the tiers', () => {
    const config = defaultConfig();
    config.valueScore.bands = [90];
    const r = new Analyzer(customerTable(['1', '2', '3'], [10, 20, 30])).run(config).result;
    const tier = drillColumns(r, lang('en'), { valueScore: true }).find((c) => c.id === 'valueTier')!;
    const texts = [0, 1, 2].map((i) => tier.text(i));
    expect(texts.filter((x) => x === 'Tier 1')).toHaveLength(1);
    expect(texts.filter((x) => x === 'Below every band')).toHaveLength(2);
    const order = sortOrder([0, 1, 2], tier.value, 'ascending');
    expect(tier.text(order[0])).toBe('Tier 1');
  });
});
