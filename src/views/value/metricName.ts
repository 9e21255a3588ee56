import type { Locale } from '../../lib/i18n/define.ts';
import { messages, translate } from '../../lib/i18n/messages.ts';

/** Display name of a customer metric: the shared view.metric.* name, else this view's value.metric.* name, else the column name itself. */
export function metricName(locale: Locale, metric: string): string {
  for (const key of [`view.metric.${metric}`, `value.metric.${metric}`]) if (key in messages.en) return translate(locale, key);
  return metric;
}
