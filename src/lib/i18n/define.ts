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

/**
 * Fills `{name}` placeholders (numbers formatted for the locale) and plural choices in the ICU form
 * `{n, plural, one {# week} other {# weeks}}` (`=0 {…}` exact matches too; `#` is the number), chosen
 * by the locale's plural rules. Chinese needs no plural; English does ("every 1 week", "every 2 weeks").
 */
export function format(template: string, params: Record<string, unknown> | undefined, locale: Locale): string {
  if (!params) return template;
  const tag = locale === 'zh' ? 'zh-CN' : 'en-US';
  const number = (value: number) => value.toLocaleString(tag);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const plural = /^\{(\w+),\s*plural,\s*/.exec(template.slice(i));
    if (plural) {
      const { options, end } = pluralOptions(template, i + plural[0].length);
      const value = params[plural[1]];
      // a number, or a number already formatted for display ("1,234"): chosen by its value, shown as given
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : NaN;
      if (end > 0 && value !== undefined && value !== null) {
        const rule = Number.isFinite(n) ? options[`=${n}`] ?? options[new Intl.PluralRules(tag).select(n)] : undefined;
        const choice = rule ?? options.other ?? '';
        out += format(choice.replace(/#/g, typeof value === 'number' ? number(value) : String(value)), params, locale);
        i = end;
        continue;
      }
    }
    const simple = /^\{(\w+)\}/.exec(template.slice(i));
    if (simple) {
      const value = params[simple[1]];
      out += value === undefined || value === null ? simple[0] : typeof value === 'number' ? number(value) : String(value);
      i += simple[0].length;
      continue;
    }
    out += template[i++];
  }
  return out;
}

/** The `key {text}` options of a plural starting at `from`, and the index after its closing brace (−1 when malformed). */
function pluralOptions(template: string, from: number): { options: Record<string, string>; end: number } {
  const options: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (template[i] === ' ') i++;
    if (template[i] === '}') return { options, end: i + 1 };
    const key = /^(=\d+|\w+)\s*\{/.exec(template.slice(i));
    if (!key) return { options, end: -1 };
    i += key[0].length;
    let depth = 1;
    const start = i;
    while (i < template.length && depth > 0) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}') depth--;
      i++;
    }
    if (depth > 0) return { options, end: -1 };
    options[key[1]] = template.slice(start, i - 1);
  }
}

/** The parameter names a template uses: `{name}` placeholders and the subjects of plural choices. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)) names.add(m[1]);
  return [...names].sort();
}
