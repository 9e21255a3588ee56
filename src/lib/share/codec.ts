import type { z } from 'zod';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { problemOf } from './settings.ts';
import { crc32 } from './crc32.ts';
import { deflateRaw, InflateCapError, inflateRaw } from './deflate.ts';
import { jsonDepth } from './jsonDepth.ts';
import { mergeConfig } from '../analysis/defaults.ts';
import { checkSettings, shareStateSchema, type ShareStateJson } from './schema.ts';
import type { ShareState } from './shareState.ts';
import { ShareError, type ShareErrorCode } from './ShareError.ts';
import { tableFromJson, tableToJson } from './tableJson.ts';
import { zodDetail } from './zodDetail.ts';

/** Caps applied before anything in a link is used. */
export const linkLimits = {
  /** Characters of the encoded payload (after `#`). */
  maxChars: 256_000,
  /** Bytes after decompression. */
  maxBytes: 8 * 1024 * 1024,
  /** Nesting of arrays and objects in the JSON. */
  maxDepth: 16
};

/** Above this many characters, chat apps and mail may cut a link. */
export const longLinkChars = 2_000;
/** Above this many characters, a project file is the better way to share. */
export const hugeLinkChars = 32_000;

const envelope = /^\{"sum":"([0-9a-f]{8})","state":/;

/** The format version links are written in; every older decoder is kept. */
export const linkVersion = 2;

/**
 * Encodes a state as `v2.` + base64url(deflate-raw(JSON)) + `.` + the CRC-32 of the base64url text. The checksum
 * at the end tells a cut link (the end is missing) from a damaged one (a character changed: the checksum differs).
 */
export async function encodeState(state: ShareState): Promise<string> {
  const json: ShareStateJson = {
    view: state.view,
    name: state.name,
    ...(state.label !== undefined ? { label: state.label } : {}),
    shape: state.shape,
    config: state.config,
    table: state.table ? tableToJson(state.table, { transactionsOnly: true }) : null,
    ...(state.source ? { source: state.source } : {})
  };
  const body = toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(json))));
  return `v${linkVersion}.${body}.${crc32(body)}`;
}

/** Inflates a link's bytes under the cap into UTF-8 text; `inflateFailure` says what a failing stream means. */
async function inflatedText(bytes: Uint8Array, inflateFailure: (message: string) => ShareErrorCode): Promise<string> {
  let raw: Uint8Array;
  try {
    raw = await inflateRaw(bytes, linkLimits.maxBytes);
  } catch (e) {
    if (e instanceof InflateCapError) throw new ShareError('share.error.tooLarge', `more than ${linkLimits.maxBytes} bytes once decompressed`);
    const message = String((e as Error)?.message ?? e);
    throw new ShareError(inflateFailure(message), message);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ShareError('share.error.corrupt', 'the decompressed content is not UTF-8 text');
  }
}

/** v2: the checksum of the text comes last, so a missing end is a cut and a mismatch is damage. */
async function decodeV2(payload: string): Promise<ShareState> {
  const dot = payload.lastIndexOf('.');
  if (dot < 0) throw new ShareError('share.error.truncated', `the link ends before its checksum (${payload.length} characters after "v2.")`);
  const body = payload.slice(0, dot);
  const sum = payload.slice(dot + 1);
  if (!/^[0-9a-f]*$/.test(sum)) throw new ShareError('share.error.corrupt', `the checksum ${JSON.stringify(sum.slice(0, 12))} is not 8 hex digits`);
  if (sum.length < 8) throw new ShareError('share.error.truncated', `the link ends inside its checksum (${sum.length} of 8 digits)`);
  if (sum.length > 8) throw new ShareError('share.error.corrupt', `the checksum has ${sum.length} digits, not 8`);
  if (crc32(body) !== sum) throw new ShareError('share.error.corrupt', `checksum ${crc32(body)} does not match ${sum}`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch (e) {
    throw new ShareError('share.error.corrupt', (e as Error).message);
  }
  // The checksum matched: the text is as it was made, so a failing stream is a damaged link, never a cut one.
  return parseStateJson(await inflatedText(bytes, () => 'share.error.corrupt'));
}

/** v1 (links made before the checksum at the end): the CRC-32 of the state inside the compressed JSON. */
async function decodeV1(payload: string): Promise<ShareState> {
  if (!payload) throw new ShareError('share.error.truncated', 'the link ends right after "v1."');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload);
  } catch (e) {
    const truncated = payload.length % 4 === 1;
    throw new ShareError(truncated ? 'share.error.truncated' : 'share.error.corrupt', (e as Error).message);
  }
  const text = await inflatedText(bytes, (message) =>
    /truncat|unexpected end|end of (file|stream|input|data)|not ended/i.test(message) ? 'share.error.truncated' : 'share.error.corrupt'
  );
  const head = envelope.exec(text);
  if (!head || !text.endsWith('}')) throw new ShareError('share.error.corrupt', `unexpected content starting ${JSON.stringify(text.slice(0, 24))}`);
  const inner = text.slice(head[0].length, -1);
  if (crc32(inner) !== head[1]) throw new ShareError('share.error.corrupt', `checksum ${crc32(inner)} does not match ${head[1]}`);
  return parseStateJson(inner);
}

/** JSON text read under the nesting cap of links (links and project files); `unreadable` is the error code when it does not parse. */
export function readCappedJson(text: string, unreadable: ShareErrorCode): unknown {
  const depth = jsonDepth(text);
  if (depth > linkLimits.maxDepth) throw new ShareError('share.error.invalid', `nesting depth ${depth} exceeds ${linkLimits.maxDepth}`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ShareError(unreadable, (e as Error).message);
  }
}

/** Parses and validates the JSON of a state (shared by links and project files). */
export function parseStateJson(inner: string): ShareState {
  const data = readCappedJson(inner, 'share.error.corrupt');
  const parsed = shareStateSchema.safeParse(data);
  if (!parsed.success) throw schemaError(parsed.error, data);
  const json = parsed.data;
  refuseSettings(json.config);
  const table = json.table ? tableFromJson(json.table) : null;
  if (table && table.shape !== json.shape) throw new ShareError('share.error.invalid', `shape ${json.shape} but table shape ${table.shape}`);
  return { view: json.view, name: json.name, ...labelOf(json), shape: json.shape, config: json.config, table, ...(json.source ? { source: json.source } : {}) };
}

/** The generated name of a link or project, when it names one (links made before there were none carry the name alone). */
export function labelOf(json: Pick<ShareStateJson, 'label'>): Pick<ShareState, 'label'> {
  if (json.label === undefined) return {};
  return { label: json.label && { key: json.label.key, ...(json.label.params ? { params: { ...json.label.params } } : {}) } };
}

/** A failed schema check as a ShareError: a refused setting names its rule, anything else is invalid content. */
export function schemaError(error: z.ZodError, data: unknown): ShareError {
  if (error.issues[0]?.path[0] === 'config') {
    const problem = problemOf(error, data, ['config']);
    return new ShareError('share.error.settings', zodDetail(error), problem);
  }
  return new ShareError('share.error.invalid', zodDetail(error));
}

/**
 * Shared settings are checked whole, with the defaults filled in, against the rules of the command line (one
 * schema: src/lib/share/schema.ts and settings.ts); throws `share.error.settings` naming the refused setting.
 */
export function refuseSettings(config: ShareStateJson['config']): void {
  const problem = checkSettings(mergeConfig(config as Parameters<typeof mergeConfig>[0]));
  if (problem) throw new ShareError('share.error.settings', `${problem.path}: ${problem.key} ${JSON.stringify(problem.value ?? problem.params)}`, problem);
}

/** Decoders by format version; each is kept forever so old links still open. */
const decoders: Record<string, (payload: string) => Promise<ShareState>> = { v1: decodeV1, v2: decodeV2 };

/** The part of a link after `#`, or the text itself. */
export function linkPayload(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

/**
 * Decodes a share link (the whole URL, the part after `#`, or `v2.…`), capped and
 * validated; throws a ShareError whose code says what went wrong: a wrong prefix (`V2.` in capitals, a version
 * no Kefen wrote, a newer one, not a Kefen link at all), a cut link, a damaged one, too large, or content or
 * settings that are refused.
 */
export async function decodeState(text: string): Promise<ShareState> {
  const payload = linkPayload(text);
  if (payload.length > linkLimits.maxChars) throw new ShareError('share.error.tooLarge', `${payload.length} characters, the limit is ${linkLimits.maxChars}`);
  const m = /^v(\d{1,4})\.([\s\S]*)$/.exec(payload);
  if (!m) {
    if (/^V\d{1,4}\./.test(payload)) throw new ShareError('share.error.prefixCase', `the link starts with ${JSON.stringify(payload.slice(0, payload.indexOf('.') + 1))}, Kefen links with "v" in small letters`);
    throw new ShareError('share.error.notKefen', `not a Kefen link: ${JSON.stringify(payload.slice(0, 12))}`);
  }
  const version = Number(m[1]);
  const decoder = decoders[`v${version}`];
  if (!decoder) {
    const known = Object.keys(decoders).join(', ');
    if (version > linkVersion) throw new ShareError('share.error.version', `format v${m[1]}; this version of Kefen reads ${known}`);
    throw new ShareError('share.error.unknownVersion', `format v${m[1]}, which no version of Kefen wrote; this version reads ${known}`);
  }
  return decoder(m[2]);
}
