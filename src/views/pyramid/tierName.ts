import type { Locale } from '../../lib/i18n/define.ts';
import type { PyramidTier } from '../../lib/analysis/pyramid.ts';
import { translate } from '../../lib/i18n/messages.ts';
import { translateOr } from '../../lib/ui/translateOr.ts';

/** The display name of a pyramid tier: its textbook name, or "Tier n" for a key the catalogue does not know. */
export function tierName(locale: Locale, tier: Pick<PyramidTier, 'key' | 'tier'>): string {
  return translateOr(locale, `engine.tier.${tier.key}`, translate(locale, 'pyramid.tierN', { n: tier.tier + 1 }));
}
