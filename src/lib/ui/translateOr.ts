import type { Locale } from '../i18n/define.ts';
import { messages, translate } from '../i18n/messages.ts';

/** Translates `key` when the catalogue has it, else returns `fallback` (for data-driven names such as custom segment names). */
export function translateOr(locale: Locale, key: string, fallback: string, params?: Record<string, unknown>): string {
  return key in messages.en ? translate(locale, key, params) : fallback;
}
