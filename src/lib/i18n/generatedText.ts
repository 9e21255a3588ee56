import type { Locale } from './define.ts';
import { locales } from './define.ts';

/**
 * A text the app makes (a built-in sample's name, the exercise's data set, the name of an import left
 * unnamed), stored as its catalogue key and parameters and written out in the reader's language when
 * shown, so that a link made in one language reads in the other. A name the user typed has none.
 */
export interface GeneratedText {
  key: GeneratedKey;
  params?: Record<string, string | number>;
}

/** The catalogue keys of generated texts: a link or a stored record may name only these. */
export const generatedKeys = ['sample.changhai.name', 'sample.synthetic.name', 'exercise.builtInName', 'data.untitledName'] as const;
export type GeneratedKey = (typeof generatedKeys)[number];

/**
 * Names stored as finished strings by earlier versions, mapped to what generates them: the built-in
 * samples' former bilingual names (the exercise's former name is one of its current texts, see below).
 */
const formerNames: Readonly<Record<string, GeneratedText>> = {
  '长海物流 · 课堂案例 (classroom)': { key: 'sample.changhai.name' },
  '示例分销商 · Sample distributor': { key: 'sample.synthetic.name' }
};

/** The parameters generated texts were written with before they were stored as keys (to recognise them). */
const formerParams: readonly GeneratedText[] = [{ key: 'exercise.builtInName', params: { n: 14 } }, { key: 'sample.changhai.name' }, { key: 'sample.synthetic.name' }];

type Translate = (locale: Locale, key: string, params?: Record<string, unknown>) => string;

/**
 * What generated a name stored as a finished string (old links, projects and datasets): a former
 * name of a built-in sample, or a name equal to a generated text in any of the UI's languages
 * ('长海物流 (textbook case, 14 customers)'); null for any other name (the user's own, shown as is).
 */
export function recogniseGenerated(name: string, translate: Translate): GeneratedText | null {
  const former = formerNames[name];
  if (former) return former;
  for (const text of formerParams) for (const locale of locales) if (translate(locale, text.key, text.params) === name) return text;
  return null;
}

/**
 * What a stored name is: generated (its text), typed by the user (null: never taken for a generated one,
 * even when it reads like one), or not known (undefined: stored by an earlier version, so recognised if it can be).
 */
export type NameLabel = GeneratedText | null | undefined;

/** The name to show in `locale`: the generated text in that language, else the stored name as it is. */
export function displayName(name: string, label: NameLabel, locale: Locale, translate: Translate): string {
  const text = label === null ? null : (label ?? recogniseGenerated(name, translate));
  return text ? translate(locale, text.key, text.params) : name;
}
