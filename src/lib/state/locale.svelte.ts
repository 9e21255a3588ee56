import type { Locale } from '../i18n/define.ts';
import { byteSize } from '../i18n/byteSize.ts';
import { translate } from '../i18n/messages.ts';

const storageKey = 'kefen.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage unavailable (private mode): fall back to the browser language
  }
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The UI language; every string on screen goes through `t`. */
class LocaleState {
  current = $state<Locale>(initialLocale());

  set(locale: Locale) {
    this.current = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // not remembered, still switched
    }
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }

  toggle() {
    this.set(this.current === 'zh' ? 'en' : 'zh');
  }

  /** Translates a key in the current language. */
  t = (key: string, params?: Record<string, unknown>): string => translate(this.current, key, params);

  /** Formats a number for the current language. */
  num = (value: number, digits = 0): string =>
    Number.isFinite(value)
      ? value.toLocaleString(this.current === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : '—';

  /** A size in bytes in the unit that suits it (512 B, 7.4 KB, 12.1 MB). */
  bytes = (value: number): string => byteSize(value, this.num);

  /** Formats a fraction as a percentage. */
  pct = (value: number, digits = 1): string => (Number.isFinite(value) ? `${this.num(value * 100, digits)} %` : '—');
}

export const i18n = new LocaleState();
export const t = i18n.t;
