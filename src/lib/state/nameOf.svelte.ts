import { displayName, type NameLabel } from '../i18n/generatedText.ts';
import { translate } from '../i18n/messages.ts';
import { i18n } from './locale.svelte.ts';

/** A dataset's name in the current UI language: a generated name (a sample's, the exercise's) is written out now; a typed one is as typed. */
export function nameOf(record: { name: string; label?: NameLabel } | null | undefined): string {
  return record ? displayName(record.name, record.label, i18n.current, translate) : '';
}
