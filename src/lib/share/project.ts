import { labelOf, readCappedJson, refuseSettings, schemaError } from './codec.ts';
import { projectSchema } from './schema.ts';
import type { ShareState } from './shareState.ts';
import { ShareError } from './ShareError.ts';
import { tableFromJson, tableToJson } from './tableJson.ts';

/** Largest project file read, in characters. */
export const maxProjectChars = 256 * 1024 * 1024;

/** The file name extension of project files. */
export const projectExtension = '.kefen.json';

/** The version project files are written in; version 1 (no checksum) still opens. */
export const projectVersion = 2;

/**
 * The canonical payload of a project file: its JSON without the `sha256` field, written again by JSON.stringify
 * (so that spacing or a re-indenting editor does not matter, while any change of a value does).
 */
function canonical(data: Record<string, unknown>): string {
  const { sha256: _sum, ...rest } = data;
  return JSON.stringify(rest);
}

/** SHA-256 of a text (its UTF-8 bytes) as 64 lowercase hex digits (crypto.subtle: browsers and Node). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A `.kefen.json` project: format, version, data (whole table), settings (including the plan), view, and the
 * SHA-256 of the canonical payload, checked on open.
 */
export async function projectFile(state: ShareState & { table: NonNullable<ShareState['table']> }, created = new Date()): Promise<string> {
  const data: Record<string, unknown> = {
    format: 'kefen-project',
    version: projectVersion,
    created: created.toISOString(),
    name: state.name,
    ...(state.label !== undefined ? { label: state.label } : {}),
    shape: state.shape,
    view: state.view,
    config: state.config,
    table: tableToJson(state.table)
  };
  return JSON.stringify({ ...data, sha256: await sha256(canonical(data)) });
}

/** Reads a project file, capped, checksum-verified (version 2) and validated like a link; throws a ShareError. */
export async function parseProject(text: string): Promise<ShareState & { table: NonNullable<ShareState['table']> }> {
  if (text.length > maxProjectChars) throw new ShareError('share.error.tooLarge', `${text.length} characters, the limit is ${maxProjectChars}`);
  const data = readCappedJson(text, text.trim() ? 'share.error.corrupt' : 'share.error.truncated');
  const head = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (!head || head.format !== 'kefen-project') throw new ShareError('share.error.invalid', 'not a Kefen project file (no "format": "kefen-project")');
  if (head.version !== 1 && head.version !== projectVersion) {
    const newer = typeof head.version === 'number' && head.version > projectVersion;
    throw new ShareError(newer ? 'share.error.version' : 'share.error.unknownVersion', `project version ${JSON.stringify(head.version)}; this version of Kefen reads 1 and ${projectVersion}`);
  }
  if (head.version === projectVersion) {
    if (typeof head.sha256 !== 'string') throw new ShareError('share.error.projectChecksum', 'no "sha256" field in a version 2 project file');
    const actual = await sha256(canonical(head));
    if (actual !== head.sha256) throw new ShareError('share.error.projectChecksum', `SHA-256 ${actual} does not match ${head.sha256.slice(0, 64)}`);
  }
  const parsed = projectSchema.safeParse(data);
  if (!parsed.success) throw schemaError(parsed.error, data);
  const json = parsed.data;
  refuseSettings(json.config);
  const table = tableFromJson(json.table);
  if (table.shape !== json.shape) throw new ShareError('share.error.invalid', `shape ${json.shape} but table shape ${table.shape}`);
  return { view: json.view, name: json.name, ...labelOf(json), shape: json.shape, config: json.config, table };
}
