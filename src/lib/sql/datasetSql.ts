import type { AnalysisConfig } from '../analysis/analyze.ts';
import { validateMapping } from '../import/mapping.ts';
import { sqlMapping } from './sqlMapping.ts';
import { toDuckDbSql } from './toDuckDbSql.ts';

/** What a stored dataset keeps of its source file: enough to write SQL that reads the same file. */
export interface SqlSource {
  source: { name: string; encoding: string };
  headers: readonly string[];
  mapping: unknown;
}

/**
 * The DuckDB SQL that reproduces a stored dataset's per-customer summary, R/F/M scores, RFM segment and
 * ABC class with the given settings, reading the original file by its name. Throws a RangeError saying
 * what is missing (a dataset without a stored mapping, e.g. one opened from a link, or a setting the SQL
 * does not cover).
 */
export function datasetSql(dataset: SqlSource, config: AnalysisConfig): string {
  if (!dataset.headers.length) throw new RangeError('this dataset has no source file columns (opened from a link or project file)');
  const checked = validateMapping(dataset.mapping, [...dataset.headers]);
  if (!checked.ok) throw new RangeError(`the stored column mapping is not usable: ${checked.errors.map((e) => e.code).join(', ')}`);
  return toDuckDbSql({ file: dataset.source.name, encoding: dataset.source.encoding, mapping: sqlMapping(checked.mapping, [...dataset.headers]), config });
}
