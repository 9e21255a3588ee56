/**
 * Text that may be a catalogue key (e.g. 'plan.measure.A', 'segment.champions.action'): its translation when
 * the catalogue knows it, otherwise the text itself (the user's own words).
 */
export function maybeTranslate(text: string, translate: (key: string) => string): string {
  if (!/^[a-zA-Z][\w-]*(\.[\w-]+)+$/.test(text)) return text;
  const out = translate(text);
  return out === text ? text : out;
}

/** The display name of a stable key under a catalogue prefix (e.g. segment 'champions' → 冠军客户); unknown keys are shown as given. */
export function keyName(prefix: string, key: string, translate: (key: string) => string): string {
  const full = `${prefix}.${key}`;
  const out = translate(full);
  return out === full ? key : out;
}
