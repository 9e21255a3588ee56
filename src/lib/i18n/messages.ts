import type { Catalog, Locale } from './define.ts';
import { format } from './define.ts';

// Every catalogue in ./catalog is merged; each area owns the file named after it:
// app (name, language, nav, errors) · data (Data page, column roles) · common (view.*, drill.*) · abc · pyramid (+ engine.tier.*)
// rfm (+ segment.*) · lifecycle · accounts · profit · value · breakdown · plan (plan.*, planView.*) · exercise · report
// share (share.*, project.*) · engine (engine notes) · forecast (engine.forecast.* notes, forecast.view.*) · import (mapping.*, reject.*, coercion.*) · chart
const modules = import.meta.glob<Record<string, Catalog>>('./catalog/*.ts', { eager: true });

export const messages: Catalog = { en: {}, zh: {} };
for (const mod of Object.values(modules)) {
  for (const catalog of Object.values(mod)) {
    Object.assign(messages.en, catalog.en);
    Object.assign(messages.zh, catalog.zh);
  }
}

/** Translates a key; an unknown key is shown as itself so it is noticed. */
export function translate(locale: Locale, key: string, params?: Record<string, unknown>): string {
  const template = messages[locale][key] ?? messages.en[key] ?? key;
  return format(template, params, locale);
}
