export type Locale = 'zh' | 'en';
export const locales: Locale[] = ['zh', 'en'];

/** A message catalogue: the same keys in both languages (the type enforces it). */
export interface Catalog<K extends string = string> {
  en: Record<K, string>;
  zh: Record<K, string>;
}

/** Declares a catalogue (a key missing in either language is a type error); `{name}` is replaced by params.name. */
export function defineMessages<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function format(template: string, params: Record<string, unknown> | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    if (typeof value === 'number') return value.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US');
    return String(value);
  });
}
