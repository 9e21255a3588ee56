import type { Locale } from '../../lib/i18n/define.ts';
import { messages, translate } from '../../lib/i18n/messages.ts';

/** The translation of `key` when a catalogue has it, else `fallback` (names that come from the data or from settings). */
export function labelOf(locale: Locale, key: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(messages.en, key) ? translate(locale, key) : fallback;
}
