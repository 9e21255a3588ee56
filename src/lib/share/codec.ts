import { fromBase64Url, toBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { deflateRaw, InflateCapError, inflateRaw } from './deflate.ts';
import { jsonDepth } from './jsonDepth.ts';
import { shareStateSchema, type ShareStateJson } from './schema.ts';
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

/** Encodes a state as `v1.` + base64url(deflate-raw(JSON)); the JSON carries a CRC-32 of the state so a changed character is noticed. */
export async function encodeState(state: ShareState): Promise<string> {
  const json: ShareStateJson = {
    view: state.view,
    name: state.name,
    shape: state.shape,
    config: state.config,
    table: state.table ? tableToJson(state.table, { transactionsOnly: true }) : null,
    ...(state.source ? { source: state.source } : {})
  };
  const inner = JSON.stringify(json);
  const text = `{"sum":"${crc32(inner)}","state":${inner}}`;
  return `v1.${toBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
}

async function decodeV1(payload: string): Promise<ShareState> {
  if (!payload) throw new ShareError('share.error.truncated', 'the link ends right after "v1."');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload);
  } catch (e) {
    const truncated = payload.length % 4 === 1;
    throw new ShareError(truncated ? 'share.error.truncated' : 'share.error.corrupt', (e as Error).message);
  }
  let raw: Uint8Array;
  try {
    raw = await inflateRaw(bytes, linkLimits.maxBytes);
  } catch (e) {
    if (e instanceof InflateCapError) throw new ShareError('share.error.tooLarge', `more than ${linkLimits.maxBytes} bytes once decompressed`);
    const message = String((e as Error)?.message ?? e);
    const truncated = /truncat|unexpected end|end of (file|stream|input|data)|not ended/i.test(message);
    throw new ShareError(truncated ? 'share.error.truncated' : 'share.error.corrupt', message);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ShareError('share.error.corrupt', 'the decompressed content is not UTF-8 text');
  }
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
  if (!parsed.success) throw new ShareError('share.error.invalid', zodDetail(parsed.error));
  const json = parsed.data;
  const table = json.table ? tableFromJson(json.table) : null;
  if (table && table.shape !== json.shape) throw new ShareError('share.error.invalid', `shape ${json.shape} but table shape ${table.shape}`);
  return { view: json.view, name: json.name, shape: json.shape, config: json.config, table, ...(json.source ? { source: json.source } : {}) };
}

/** Decoders by format version; each is kept forever so old links still open. */
const decoders: Record<string, (payload: string) => Promise<ShareState>> = { v1: decodeV1 };

/** The part of a link after `#`, or the text itself. */
export function linkPayload(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
}

/**
 * Decodes a share link (the whole URL, the part after `#`, or `v1.…`), capped and
 * validated; throws a ShareError whose code says what went wrong.
 */
export async function decodeState(text: string): Promise<ShareState> {
  const payload = linkPayload(text);
  if (payload.length > linkLimits.maxChars) throw new ShareError('share.error.tooLarge', `${payload.length} characters, the limit is ${linkLimits.maxChars}`);
  const m = /^v(\d{1,4})\.([\s\S]*)$/.exec(payload);
  if (!m) throw new ShareError('share.error.corrupt', `not a Kefen link: ${JSON.stringify(payload.slice(0, 12))}`);
  const decoder = decoders[`v${Number(m[1])}`];
  if (!decoder) throw new ShareError('share.error.version', `format v${m[1]}; this version of Kefen reads ${Object.keys(decoders).join(', ')}`);
  return decoder(m[2]);
}
