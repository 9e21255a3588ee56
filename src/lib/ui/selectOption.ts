import type { Locale } from '../i18n/define.ts';
import { metricLabel } from './metricLabel.ts';

/** One choice of a SelectField: its value and the text shown for it. */
export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
}

/** The choices of a metric picker: each metric with its display name. */
export function metricOptions(locale: Locale, metrics: readonly string[]): SelectOption[] {
  return metrics.map((m) => ({ value: m, label: metricLabel(locale, m) }));
}
