import type { EngineMessage } from '../../lib/analysis/types.ts';

/** Engine notes about one section: a failed setting or method, or a metric the dataset lacks (switched to revenue, or left out of the value score). */
const sectionCodes = /^engine\.(invalidSetting|methodFailed|unavailable\.|valueScore\.)/;

/** The engine notes that belong on one view: those whose code starts with one of `prefixes`, and the notes about `section` (sectionCodes). */
export function notesFor(notes: readonly EngineMessage[], section: string, prefixes: readonly string[]): EngineMessage[] {
  return notes.filter(
    (n) =>
      prefixes.some((p) => n.code.startsWith(p)) ||
      (sectionCodes.test(n.code) && n.params?.section === section)
  );
}
