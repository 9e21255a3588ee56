import type { AnalysisResult } from '../analysis/analyze.ts';
import type { TableColumn } from './tableColumn.ts';

type DrillColumn = TableColumn;

/** What the column builder needs from the UI language. */
export interface DrillLanguage {
  t: (key: string, params?: Record<string, unknown>) => string;
  /** Translation when the key exists, else the fallback (data-driven names). */
  label: (key: string, fallback: string) => string;
  num: (value: number, digits?: number) => string;
}

const classNames = ['A', 'B', 'C'];

function numberColumn(id: string, header: string, values: ArrayLike<number>, num: DrillLanguage['num'], digits: number, width = 7): DrillColumn {
  return {
    id,
    header,
    numeric: true,
    width,
    value: (i) => values[i],
    text: (i) => (Number.isFinite(values[i]) ? num(values[i], digits) : '—')
  };
}

function textColumn(id: string, header: string, text: (i: number) => string, width = 7): DrillColumn {
  return { id, header, numeric: false, width, value: text, text: (i) => text(i) || '—' };
}

function scoreColumn(id: string, header: string, scores: Uint8Array): DrillColumn {
  return { id, header, numeric: true, width: 2.5, value: (i) => (scores[i] > 0 ? scores[i] : NaN), text: (i) => (scores[i] > 0 ? String(scores[i]) : '—') };
}

/** Extra columns a view asks for. */
export interface DrillExtras {
  /** The value score (0–100) and its tier, right after the id. */
  valueScore?: boolean;
}

/**
 * The columns of the drill-down list for this result: id, (the value score and tier when asked for), revenue, orders,
 * recency, R/F/M scores and RFM code, segment, ABC class (and its metric when
 * not revenue), pyramid tier, lifecycle stage, and the value forecast's P(alive), expected purchases and
 * CLV over its horizon; each only when the result has it.
 */
export function drillColumns(result: AnalysisResult, lang: DrillLanguage, extras: DrillExtras = {}): DrillColumn[] {
  const { t, label, num } = lang;
  const s = result.summary;
  const cols: DrillColumn[] = [textColumn('id', t('drill.col.id'), (i) => s.ids[i] ?? '', 7)];
  if (extras.valueScore) {
    const vs = result.valueScore;
    cols.push(numberColumn('valueScore', t('drill.col.valueScore'), vs.score, num, 1, 5.5));
    const below = t('value.tiers.below');
    // Tier 1 is the best: the tier number sorts ascending from it, "below every band" after the tiers, no score last.
    cols.push({
      id: 'valueTier',
      header: t('drill.col.valueTier'),
      numeric: false,
      width: 7,
      value: (i) => (vs.tier[i] > 0 ? vs.tier[i] : Number.isFinite(vs.score[i]) ? below : NaN),
      text: (i) => (vs.tier[i] > 0 ? t('value.tiers.name', { tier: vs.tier[i] }) : Number.isFinite(vs.score[i]) ? below : '—')
    });
  }
  cols.push(numberColumn('revenue', t('drill.col.revenue'), s.revenue, num, 2, 7.5));
  if (s.shape === 'transactions') {
    cols.push(numberColumn('orders', t('drill.col.orders'), s.frequency, num, 0, 5));
    cols.push(numberColumn('recency', t('drill.col.recency'), s.recencyDays, num, 0, 6.5));
  }
  const rfm = result.rfm;
  if (rfm) {
    cols.push(scoreColumn('r', 'R', rfm.r), scoreColumn('f', 'F', rfm.f), scoreColumn('m', 'M', rfm.m));
    cols.push(textColumn('rfm', t('drill.col.rfm'), (i) => (rfm.r[i] && rfm.f[i] && rfm.m[i] ? `${rfm.r[i]}${rfm.f[i]}${rfm.m[i]}` : ''), 3.5));
    cols.push(
      textColumn('segment', t('drill.col.segment'), (i) => {
        const name = rfm.segments[rfm.segment[i]]?.name ?? '';
        return name ? label(`segment.${name}`, name) : '';
      }, 7.5)
    );
  }
  const abc = result.abc;
  if (abc.metric !== 'revenue') cols.push(numberColumn('abcValue', t('drill.col.abcValue', { metric: label(`view.metric.${abc.metric}`, abc.metric) }), abc.value, num, 2));
  cols.push(textColumn('abc', t('drill.col.abc'), (i) => classNames[abc.cls[i]] ?? '', 4.5));
  const pyramid = result.pyramid;
  cols.push(
    textColumn('tier', t('drill.col.tier'), (i) => {
      const key = pyramid.tiers[pyramid.tier[i]]?.key;
      return key ? label(`engine.tier.${key}`, key) : '';
    }, 6)
  );
  const life = result.lifecycle;
  if (life) {
    cols.push(
      textColumn('stage', t('drill.col.stage'), (i) => {
        const key = life.stageKeys[life.stage[i]];
        return key ? label(`lifecycle.stage.${key}`, key) : '';
      }, 6.5)
    );
  }
  const fc = result.forecast;
  if (fc?.bgnbd) {
    const span = { horizon: num(fc.config.horizon, Number.isInteger(fc.config.horizon) ? 0 : 2), units: t(`forecast.view.units.${fc.config.timeUnit}`) };
    cols.push({
      id: 'pAlive',
      header: t('drill.col.pAlive'),
      numeric: true,
      width: 5.5,
      value: (i) => fc.pAlive[i],
      text: (i) => (Number.isFinite(fc.pAlive[i]) ? `${num(fc.pAlive[i] * 100, 1)} %` : '—')
    });
    cols.push(numberColumn('expectedPurchases', t('drill.col.expectedPurchases', span), fc.expectedPurchases, num, 2, 7.5));
    if (fc.gammaGamma) cols.push(numberColumn('clv', t('drill.col.clv', span), fc.clv, num, 2, 7.5));
  }
  return cols;
}
