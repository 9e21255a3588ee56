import type { EngineMessage } from '../../lib/analysis/types.ts';

/** The engine notes that belong on one view: those whose code starts with one of `prefixes`, and setting or method failures of `section`. */
export function notesFor(notes: readonly EngineMessage[], section: string, prefixes: readonly string[]): EngineMessage[] {
  return notes.filter(
    (n) =>
      prefixes.some((p) => n.code.startsWith(p)) ||
      ((n.code === 'engine.invalidSetting' || n.code === 'engine.methodFailed') && n.params?.section === section)
  );
}
