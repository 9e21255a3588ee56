import type { Classifier } from '../../lib/analysis/classifierAt.ts';
import { keyName } from '../../lib/charts/maybeTranslate.ts';

/** The display name of a class key of a classifier (and of the migration nodes "entered" and "left"). */
export function className(by: Classifier | string, key: string, translate: (key: string) => string): string {
  if (key === 'entered' || key === 'left') return translate(`change.node.${key}`);
  if (by === 'abc') return translate(`change.abcClass`).replace('{cls}', key);
  if (by === 'pyramid') return keyName('engine.tier', key, translate);
  if (by === 'lifecycle') return keyName('lifecycle.stage', key, translate);
  return keyName('segment', key, translate);
}
