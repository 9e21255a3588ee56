import type { AnalysisConfig } from '../analysis/analyze.ts';
import type { Table } from '../analysis/table.ts';
import type { ShareState, SourceFacts } from './shareState.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';

/** Most rows a link carries; a larger dataset travels as settings only (or in a project file). */
export const maxLinkRows = 5_000;

/**
 * The state to share for a dataset: its settings and view, with the data inside
 * when it has at most `maxLinkRows` rows (and `withData` is not false), else the facts that
 * tell the recipient which file the settings belong to.
 */
export function buildShareState(
  dataset: { name: string; label?: GeneratedText | null; table: Table; source: SourceFacts },
  config: AnalysisConfig,
  view: string,
  withData = true
): ShareState {
  const fits = withData && dataset.table.length <= maxLinkRows;
  return {
    view,
    name: dataset.name,
    ...(dataset.label !== undefined ? { label: dataset.label } : {}),
    shape: dataset.table.shape,
    config: structuredClone(config),
    table: fits ? dataset.table : null,
    ...(fits ? {} : { source: dataset.source })
  };
}
