import type { AnalysisConfig, AnalysisResult } from '../../lib/analysis/analyze.ts';
import { isoOfDay } from '../../lib/analysis/day.ts';
import type { DatasetRecord } from '../../lib/data/db.ts';
import { isEncoding } from '../../lib/import/encoding.ts';
import { roles } from '../../lib/import/mapping.ts';

/** One setting or import fact as the report prints it. */
export interface SettingItem {
  label: string;
  value: string;
  testid?: string;
}

/** The settings of one part of the report. */
export interface SettingGroup {
  id: 'dataset' | 'data' | 'abc' | 'pyramid' | 'rfm' | 'lifecycle' | 'keyAccounts' | 'concentration';
  title: string;
  items: SettingItem[];
}

/** What the settings list needs from the UI language. */
export interface SettingsLanguage {
  t: (key: string, params?: Record<string, unknown>) => string;
  /** The translation when the key exists, else the fallback (names from the data or from settings). */
  label: (key: string, fallback: string) => string;
  num: (value: number, digits?: number) => string;
  pct: (value: number, digits?: number) => string;
  bytes: (value: number) => string;
  /** Joins a list the way the language does. */
  list: (items: string[]) => string;
}

export type ReportDataset = Pick<DatasetRecord, 'name' | 'shape' | 'source' | 'report' | 'created' | 'headers' | 'mapping'>;

const day = (d: number) => (Number.isFinite(d) ? isoOfDay(d) : '—');

/** The columns the import read, by role ("Customer: CustomerID"), from a stored mapping (which may be older or partial). */
function mappedColumns(record: ReportDataset, lang: SettingsLanguage): string {
  const mapping = (record.mapping ?? {}) as { columns?: Partial<Record<string, number>>; amountFrom?: string };
  const columns = mapping.columns ?? {};
  const out: string[] = [];
  for (const role of roles) {
    const index = columns[role];
    if (index === undefined || index < 0) continue;
    out.push(lang.t('report.set.columnPair', { role: lang.t(`role.${role}`), header: record.headers[index] ?? `#${index + 1}` }));
  }
  if (mapping.amountFrom === 'quantityTimesPrice') out.push(lang.t('report.set.amountFromProduct'));
  return out.length ? lang.list(out) : '—';
}

/**
 * Every setting that produced a number of the report, and the dataset's import facts, in the report's
 * language: taken from the results where the engine records what it used (a setting it could not use is
 * replaced by its default there), else from `config`.
 */
export function reportSettings(record: ReportDataset, result: AnalysisResult, config: AnalysisConfig, lang: SettingsLanguage): SettingGroup[] {
  const { t, label, num, pct } = lang;
  const s = result.summary;
  const dated = s.shape === 'transactions';
  const metric = (m: string) => label(`report.metric.${m}`, label(`view.metric.${m}`, m));
  const r = record.report;
  const groups: SettingGroup[] = [];

  const encoding = isEncoding(record.source.encoding) ? t(`data.encoding.${record.source.encoding}`) : record.source.encoding;
  groups.push({
    id: 'dataset',
    title: t('report.set.dataset'),
    items: [
      { label: t('report.set.name'), value: record.name, testid: 'set-name' },
      { label: t('report.set.file'), value: `${record.source.name} · ${encoding} · ${lang.bytes(record.source.size)}` },
      { label: t('report.set.imported'), value: new Date(record.created).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' },
      { label: t('report.set.rows'), value: t('report.set.rowsValue', { read: num(r.rowsRead), accepted: num(r.rowsAccepted), rejected: num(r.rowsRejected), without: num(r.rowsWithoutCustomer) }), testid: 'set-rows' },
      { label: t('report.set.columns'), value: mappedColumns(record, lang) }
    ]
  });

  const D = day(s.analysisDay);
  const data: SettingItem[] = [];
  if (dated) {
    data.push({ label: t('report.set.analysisDate'), value: config.summary.analysisDate ? t('report.set.dateSet', { date: D }) : t('report.set.dateLatest', { date: D }), testid: 'set-analysis-date' });
    data.push({ label: t('report.set.dataRange'), value: `${day(r.firstDay)} – ${day(r.lastDay)}` });
    data.push({ label: t('report.set.window'), value: s.windowDays === null ? t('report.set.windowAll') : t('report.set.windowDays', { n: s.windowDays }), testid: 'set-window' });
  }
  data.push({
    label: t('report.set.filters'),
    value: dated ? (s.windowDays === null ? t('report.set.filtersDated', { date: D }) : t('report.set.filtersWindow', { date: D, n: s.windowDays })) : t('report.set.filtersCustomers'),
    testid: 'set-filters'
  });
  if (dated) {
    data.push({ label: t('report.set.frequency'), value: s.frequencyMode === 'rows' ? t('report.set.freqRows') : t('report.set.freqOrders') });
    data.push({ label: t('report.set.monetary'), value: s.monetaryMode === 'average' ? t('report.set.monAverage') : t('report.set.monSum') });
  }
  groups.push({ id: 'data', title: t('report.set.data'), items: data });

  const abc = result.abc.config;
  groups.push({
    id: 'abc',
    title: t('report.abc'),
    items: [
      { label: t('report.set.measure'), value: metric(abc.metric), testid: 'set-abc-metric' },
      { label: t('report.set.cutoffs'), value: t('report.set.cutoffsValue', { a: pct(abc.a, 1), b: pct(abc.b, 1) }), testid: 'set-abc-cutoffs' },
      { label: t('report.set.rule'), value: t(`abc.rule.${abc.rule}`) }
    ]
  });

  groups.push({
    id: 'pyramid',
    title: t('report.pyramid'),
    items: [
      { label: t('report.set.measure'), value: metric(result.pyramid.metric) },
      {
        label: t('report.set.tiers'),
        value: lang.list(result.pyramid.tiers.map((tier, i) => `${label(`engine.tier.${tier.key}`, tier.key)} ${pct(config.pyramid.tiers[i] ?? NaN, 1)}`))
      }
    ]
  });

  const rfm = result.rfm;
  if (rfm) {
    const c = rfm.config;
    const items: SettingItem[] = [
      { label: t('report.set.rfmMethod'), value: t(`rfm.method.${c.method}`), testid: 'set-rfm-method' },
      { label: t('report.set.asOf'), value: dated ? D : '—', testid: 'set-rfm-asof' }
    ];
    if (c.method !== 'mean' && c.method !== 'median') {
      items.push({ label: t('report.set.levels'), value: num(c.bins), testid: 'set-rfm-bins' });
      const cuts = rfm.thresholds.cuts;
      const digits = (v: number) => (Number.isInteger(v) ? 0 : 2);
      const cutText = (xs: number[]) => (xs.length ? xs.map((v) => num(v, digits(v))).join(' · ') : '—');
      items.push({ label: t('report.set.cuts'), value: t('report.set.cutsValue', { r: cutText(cuts.r), f: cutText(cuts.f), m: cutText(cuts.m) }), testid: 'set-rfm-cuts' });
    }
    items.push({ label: t('report.set.segments'), value: t(`rfm.scheme.${c.segments}`), testid: 'set-rfm-segments' });
    if (c.segments === 'custom' || c.segments === 'rfm-package-vignette' || c.segments === 'rfm-package-tests') {
      const range = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}–${b}`);
      const rules = c.customSegments.map((rule) => `${label(`segment.${rule.name}`, rule.name)} (R ${range(rule.r)}, F ${range(rule.f)}, M ${range(rule.m)})`);
      if (rules.length) items.push({ label: t('report.set.rules'), value: rules.join('; ') });
    }
    items.push({ label: t('report.set.split'), value: t('report.set.splitValue', { split: t(`rfm.split.${c.split}`), r: num(rfm.eight.split.r, 1), f: num(rfm.eight.split.f, 2), m: num(rfm.eight.split.m, 2) }) });
    const edited = Object.keys(config.rfm.actions ?? {}).length;
    if (edited) items.push({ label: t('report.set.actions'), value: t('report.set.actionsEdited', { n: edited }) });
    groups.push({ id: 'rfm', title: t('report.rfm'), items });
  }

  const life = result.lifecycle;
  if (life) {
    const c = life.config;
    groups.push({
      id: 'lifecycle',
      title: t('report.lifecycle'),
      items: [
        { label: t('report.set.snapshot'), value: c.snapshot ? t('report.set.dateSet', { date: day(life.snapshotDay) }) : t('report.set.snapshotDefault', { date: day(life.snapshotDay) }), testid: 'set-life-snapshot' },
        { label: t('report.set.lifeWindow'), value: t('report.set.days', { n: c.windowDays }), testid: 'set-life-window' },
        { label: t('report.set.horizon'), value: t('report.set.days', { n: c.horizonDays }), testid: 'set-life-horizon' },
        { label: t('report.set.band'), value: pct(c.band, 1), testid: 'set-life-band' }
      ]
    });
  }

  const ka = result.keyAccounts;
  if (ka) {
    const c = ka.config;
    const threshold = ka.threshold !== undefined && Number.isFinite(ka.threshold) ? num(ka.threshold, 2) : '—';
    groups.push({
      id: 'keyAccounts',
      title: t('report.keyAccounts'),
      items: [
        {
          label: t('report.set.standard'),
          value: c.standard === 'classA' ? t('report.set.standardClassA') : t(c.threshold > 0 ? 'report.set.standardRolling' : 'report.set.standardRollingAuto', { months: c.months, threshold }),
          testid: 'set-key-standard'
        }
      ]
    });
  }

  const conc = result.concentration.config;
  groups.push({
    id: 'concentration',
    title: t('report.concentration'),
    items: [
      { label: t('report.set.measure'), value: metric(conc.metric) },
      { label: t('report.set.warnShare'), value: pct(conc.warnShare, 1) }
    ]
  });
  return groups;
}
