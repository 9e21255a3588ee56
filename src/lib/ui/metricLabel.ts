import type { Locale } from '../i18n/define.ts';
import { translateOr } from './translateOr.ts';

/** The display name of a customer metric: translated for the engine's metrics, the column name as is for a customer table's own columns. */
export function metricLabel(locale: Locale, metric: string): string {
  return translateOr(locale, `view.metric.${metric}`, metric);
}
