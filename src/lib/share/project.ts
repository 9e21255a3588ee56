import { readCappedJson } from './codec.ts';
import { projectSchema } from './schema.ts';
import type { ShareState } from './shareState.ts';
import { ShareError } from './ShareError.ts';
import { tableFromJson, tableToJson } from './tableJson.ts';
import { zodDetail } from './zodDetail.ts';

/** Largest project file read, in characters. */
export const maxProjectChars = 256 * 1024 * 1024;

/** The file name extension of project files. */
export const projectExtension = '.kefen.json';

/** A `.kefen.json` project: format, version, data (whole table), settings (including the plan) and view. */
export function projectFile(state: ShareState & { table: NonNullable<ShareState['table']> }, created = new Date()): string {
  return JSON.stringify({
    format: 'kefen-project',
    version: 1,
    created: created.toISOString(),
    name: state.name,
    shape: state.shape,
    view: state.view,
    config: state.config,
    table: tableToJson(state.table)
  });
}

/** Reads a project file, capped and validated like a link; throws a ShareError. */
export function parseProject(text: string): ShareState & { table: NonNullable<ShareState['table']> } {
  if (text.length > maxProjectChars) throw new ShareError('share.error.tooLarge', `${text.length} characters, the limit is ${maxProjectChars}`);
  const data = readCappedJson(text, text.trim() ? 'share.error.corrupt' : 'share.error.truncated');
  const head = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!head || head.format !== 'kefen-project') throw new ShareError('share.error.invalid', 'not a Kefen project file (no "format": "kefen-project")');
  if (head.version !== 1) throw new ShareError('share.error.version', `project version ${JSON.stringify(head.version)}; this version of Kefen reads 1`);
  const parsed = projectSchema.safeParse(data);
  if (!parsed.success) throw new ShareError('share.error.invalid', zodDetail(parsed.error));
  const json = parsed.data;
  const table = tableFromJson(json.table);
  if (table.shape !== json.shape) throw new ShareError('share.error.invalid', `shape ${json.shape} but table shape ${table.shape}`);
  return { view: json.view, name: json.name, shape: json.shape, config: json.config, table };
}
