import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, type Catalog, type Locale } from '../lib/i18n/define.ts';

/**
 * The app's message catalogues (src/lib/i18n/catalog/*.ts) merged, as src/lib/i18n/messages.ts
 * does with import.meta.glob in the browser; here read from disk, so that the command line shows
 * engine notes and import errors in the same words as the app.
 */
export async function loadMessages(dir = join(import.meta.dirname, '..', 'lib', 'i18n', 'catalog')): Promise<Catalog> {
  const messages: Catalog = { en: {}, zh: {} };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    let mod: Record<string, Partial<Catalog>>;
    try {
      mod = (await import(pathToFileURL(join(dir, name)).href)) as Record<string, Partial<Catalog>>;
    } catch {
      continue; // a catalogue that cannot be loaded leaves its keys untranslated (shown as keys), never stops the command
    }
    for (const catalog of Object.values(mod)) {
      if (!catalog || typeof catalog !== 'object' || !catalog.en || !catalog.zh) continue;
      Object.assign(messages.en, catalog.en);
      Object.assign(messages.zh, catalog.zh);
    }
  }
  return messages;
}

/** A message in `locale`; an unknown key is shown with its parameters so that nothing is lost. */
export function translateWith(messages: Catalog, locale: Locale, key: string, params?: Record<string, unknown>): string {
  const template = messages[locale][key] ?? messages.en[key];
  if (template === undefined) return params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key;
  return format(template, params, locale);
}
