import { isRecord } from '~/core/is-record';
import { fromBase64Url, toBase64Url } from './base64';
import { caseDetailsSchema, type CaseDetails } from './case-details';
import { canCompress, deflateRaw, inflateRaw } from './compression';
import { checkLink, withChecksum } from './link-check';
import { upgrade, type FormatMigration } from './versions';

/*
 * The family link: an investigator's case details in the URL fragment (after '#'), which browsers never
 * send to the server, so static hosting logs never see it. The same text goes into a printed QR code.
 *
 * Layout of the fragment, base64url without padding (RFC 4648 section 5) of these bytes:
 *
 *   byte 0       format version (LINK_VERSION, 2). Always the first byte, in every version.
 *   bytes 1-2    big-endian uint16: bit 15 set = the body is deflate-raw (RFC 1951) compressed,
 *                clear = plain UTF-8; bits 0-14 = the body's length in bytes (0..32767), so a cut
 *                link reads as 'truncated' rather than as damaged data.
 *   bytes 3..    body: JSON of the case details with the short keys of SHORT_KEYS (one or two
 *                letters; names cost QR modules), compressed when that is shorter.
 *   last 4       from version 2: the CRC-32 of all the bytes before it (see link-check.ts), so a
 *                changed character is caught and junk copied along with the link can be cut away.
 *
 * The header is 3 bytes, exactly the first 4 characters. A browser without CompressionStream writes plain.
 * Version 1 (no checksum) is read as it always was, strictly: letters printed with it keep opening.
 */

export const LINK_VERSION = 2;
/** The first version with a checksum. */
const CHECKED_FROM_VERSION = 2;

/**
 * Why 850 characters: a QR code a phone camera reliably reads from paper. A printed code of version 25
 * (117 x 117 modules) at error correction level M (about 15% of it can be smudged, folded or covered by
 * a thumb) holds 997 bytes; printed 5 cm or more wide on an A4 letter its modules are at least 0.4 mm,
 * which an ordinary phone camera resolves at reading distance. Larger versions need a larger print or a
 * steadier hand, and chat apps and email start breaking long links well before 2,000 characters. Leaving
 * 147 characters for "https://<trust's host>/<locale>/wizard/#" puts the payload at 850. (QR version 25
 * is checked with the qrcode package in tests/unit/sharing/link.test.ts.) The letter prints at level L
 * (LETTER_QR_OPTIONS in src/core/letter/letter-model.ts), so there the same link makes a smaller code.
 */
export const QR_URL_MAX = 997;
export const URL_PREFIX_BUDGET = 147;
export const LINK_MAX_CHARS = QR_URL_MAX - URL_PREFIX_BUDGET;

/** A pasted fragment longer than this is not looked at: no link this app writes comes near it. */
const PASTE_MAX_CHARS = 8 * 1024;
/**
 * Inflating stops here. The JSON of the largest valid details is about 66 KB (11,016 characters of
 * fields at their limits, each written as a six-byte \u escape), and a link under LINK_MAX_CHARS can
 * hold that much when it repeats itself, so a valid link is never cut; a "zip bomb" stops at 128 KB.
 */
export const LINK_MAX_INFLATED_BYTES = 128 * 1024;

const HEADER_BYTES = 3;
const COMPRESSED_FLAG = 0x8000;
const LENGTH_MASK = 0x7fff;

export type LinkError =
  /** Nothing there, or only a '#'. */
  | 'empty'
  /** A character a link cannot hold (mistyped, or mangled by an email client). */
  | 'not-base64'
  /** The checksum does not hold: a character was changed (typed or read wrongly, or altered on the way). */
  | 'changed'
  /** Shorter than its header says: cut by a chat app, a line break or a partial copy. */
  | 'truncated'
  /** Written by a newer version of the app (or not by this app at all). */
  | 'unknown-version'
  /** The compressed body is damaged. */
  | 'bad-compression'
  /** Too long to be ours: as pasted, or once inflated (a "zip bomb"); from encode, too long for a QR code. */
  | 'too-long'
  /** The body is not UTF-8 JSON. */
  | 'not-json'
  /** JSON, but not case details this app accepts (a field missing, too long or unknown). */
  | 'wrong-shape'
  /** Something else was pasted: an answers file, a saved-answers envelope, a web address with no case. */
  | 'wrong-kind'
  /** A compressed link and a browser without DecompressionStream. */
  | 'unsupported';

export type EncodeResult =
  { ok: true; fragment: string; compressed: boolean } | { ok: false; error: 'too-long' | 'wrong-shape' };

export type DecodeResult = { ok: true; details: CaseDetails; version: number } | { ok: false; error: LinkError };

/** Upgrades of the body's JSON (short keys as written), keyed by the version they upgrade from. */
export const LINK_MIGRATIONS: Readonly<Record<number, FormatMigration>> = {
  // Version 2 added the checksum around the body; the JSON inside is the same.
  1: (data) => data,
};

/** Version 1's short keys, by level. Part of the format: change them only with a new version and a migration. */
const CONTACT_KEYS = { n: 'name', r: 'role', p: 'phone', e: 'email', h: 'hours' } as const;
const EXACT_DATE_KEYS = { d: 'day', m: 'month', y: 'year' } as const;
const APPROXIMATE_DATE_KEYS = { a: 'approximate' } as const;
const SHORT_KEYS = {
  o: 'organisation',
  r: 'reference',
  t: 'reviewType',
  d: 'incidentDate',
  l: 'leadInvestigator',
  e: 'engagementLead',
  u: 'deputy',
  h: 'outOfHours',
  s: 'scope',
  m: 'timescales',
  c: 'commentDays',
  v: 'reviewDate',
} as const satisfies Record<string, keyof CaseDetails>;
const CONTACTS = new Set<string>(['leadInvestigator', 'engagementLead', 'deputy', 'outOfHours']);

type KeyTable = Readonly<Record<string, string>>;
const invert = (table: KeyTable): KeyTable => Object.fromEntries(Object.entries(table).map(([s, l]) => [l, s]));
const LONG_KEYS = invert(SHORT_KEYS);
const LONG_CONTACT_KEYS = invert(CONTACT_KEYS);
const LONG_DATE_KEYS = invert({ ...EXACT_DATE_KEYS, ...APPROXIMATE_DATE_KEYS });

/** Renames the keys of one level; undefined when a key is not in the table (strict, as the schema is). */
function rename(value: Record<string, unknown>, table: KeyTable): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(table, key)) return undefined;
    out[table[key]!] = value[key];
  }
  return out;
}

/** Short keys to the schema's names. Non-objects are left for the schema to reject. */
function expand(data: Record<string, unknown>): Record<string, unknown> | undefined {
  const top = rename(data, SHORT_KEYS);
  if (!top) return undefined;
  for (const [key, value] of Object.entries(top)) {
    if (!isRecord(value)) continue;
    const table = CONTACTS.has(key)
      ? CONTACT_KEYS
      : key === 'incidentDate'
        ? { ...EXACT_DATE_KEYS, ...APPROXIMATE_DATE_KEYS }
        : undefined;
    if (!table) continue;
    const inner = rename(value, table);
    if (!inner) return undefined;
    top[key] = inner;
  }
  return top;
}

function shorten(details: CaseDetails): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    const table = CONTACTS.has(key) ? LONG_CONTACT_KEYS : key === 'incidentDate' ? LONG_DATE_KEYS : undefined;
    out[LONG_KEYS[key]!] = table && isRecord(value) ? rename(value, table) : value;
  }
  return out;
}

const utf8 = new TextEncoder();

/**
 * The fragment (without '#') that carries `details` to the family, or why it cannot be made.
 * @example await encodeCaseLink({ organisation: 'Northshire NHS Trust' }) // { ok: true, fragment: 'AQAceyJvIjoi...', compressed: false }
 */
export async function encodeCaseLink(details: CaseDetails): Promise<EncodeResult> {
  const checked = caseDetailsSchema.safeParse(details);
  if (!checked.success) return { ok: false, error: 'wrong-shape' };
  const json = utf8.encode(JSON.stringify(shorten(checked.data)));
  const deflated = canCompress() ? await deflateRaw(json) : undefined;
  const compressed = deflated !== undefined && deflated.length < json.length;
  const body = compressed ? deflated : json;
  if (body.length > LENGTH_MASK) return { ok: false, error: 'too-long' };

  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  const header = (compressed ? COMPRESSED_FLAG : 0) | body.length;
  bytes[0] = LINK_VERSION;
  bytes[1] = header >> 8;
  bytes[2] = header & 0xff;
  bytes.set(body, HEADER_BYTES);
  const fragment = toBase64Url(withChecksum(bytes));
  if (fragment.length > LINK_MAX_CHARS) return { ok: false, error: 'too-long' };
  return { ok: true, fragment, compressed };
}

/**
 * Reads case details from a link's fragment (with or without '#', or the whole pasted address).
 * Never throws; every way it can fail has its own code. Nothing is evaluated or rendered: the result
 * is plain data that passed the schema.
 */
export async function decodeCaseLink(fragment: string): Promise<DecodeResult> {
  try {
    return await decode(fragment);
  } catch {
    // Nothing above is expected to throw; a platform surprise still must not reach the page.
    return { ok: false, error: 'wrong-shape' };
  }
}

/** The payload of what was pasted: after the first '#' when there is one (a whole address), trimmed. */
function payloadOf(pasted: string): { text: string; address: boolean } {
  const trimmed = pasted.trim();
  const hash = trimmed.indexOf('#');
  if (hash === -1) return { text: trimmed, address: /^[a-z][a-z0-9+.-]*:/i.test(trimmed) };
  return { text: trimmed.slice(hash + 1).trim(), address: false };
}

/** Whether `text` has a case link's header (a version this app knows), without reading the rest. */
export function looksLikeCaseLink(text: string): boolean {
  const { text: payload } = payloadOf(text);
  const start = fromBase64Url(payload.slice(0, 4));
  return (
    payload.length <= PASTE_MAX_CHARS &&
    fromBase64Url(payload) !== undefined &&
    start !== undefined &&
    start.length === HEADER_BYTES &&
    start[0]! >= 1 &&
    start[0]! <= LINK_VERSION
  );
}

async function decode(input: unknown): Promise<DecodeResult> {
  const fail = (error: LinkError): DecodeResult => ({ ok: false, error });
  if (typeof input !== 'string') return fail('empty');
  const { text, address } = payloadOf(input);
  // A web address with no fragment: pasted from the wrong place.
  if (address) return fail('wrong-kind');
  if (text === '') return fail('empty');
  if (text.startsWith('{') || text.startsWith('[')) return fail('wrong-kind');
  if (text.length > PASTE_MAX_CHARS) return fail('too-long');

  const checked = checkLink(text, CHECKED_FROM_VERSION, LINK_VERSION);
  if (checked.kind === 'changed' || checked.kind === 'truncated' || checked.kind === 'not-base64')
    return fail(checked.kind);
  // A link with a checksum, recovered from any junk around it; else read as pasted (version 1 has no checksum).
  const bytes = checked.kind === 'checked' ? checked.bytes : fromBase64Url(text);
  if (!bytes) return fail('not-base64');
  if (bytes.length === 0) return fail('truncated');
  const version = bytes[0]!;
  if (version < 1 || version > LINK_VERSION) return fail('unknown-version');
  // A version-2 link that reached here unchecked lost its checksum's end: cut short.
  if (version >= CHECKED_FROM_VERSION && checked.kind !== 'checked') return fail('truncated');
  if (bytes.length < HEADER_BYTES) return fail('truncated');
  const header = (bytes[1]! << 8) | bytes[2]!;
  const compressed = (header & COMPRESSED_FLAG) !== 0;
  const declared = header & LENGTH_MASK;
  const body = bytes.subarray(HEADER_BYTES);
  if (body.length < declared) return fail('truncated');
  if (body.length > declared) return fail(compressed ? 'bad-compression' : 'not-json');

  let jsonBytes: Uint8Array<ArrayBuffer> = body;
  if (compressed) {
    const inflated = await inflateRaw(body, LINK_MAX_INFLATED_BYTES);
    if (inflated === 'over-limit') return fail('too-long');
    if (inflated === 'bad-data') return fail('bad-compression');
    if (inflated === 'unsupported') return fail('unsupported');
    jsonBytes = inflated;
  }

  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(jsonBytes));
  } catch {
    return fail('not-json');
  }
  if (!isRecord(data)) return fail('wrong-shape');
  // An answers file or a saved-answers envelope re-encoded as a link: ours, but not a case.
  if (Object.hasOwn(data, 'app') || Object.hasOwn(data, 'kind')) return fail('wrong-kind');

  const upgraded = upgrade(data, version, LINK_MIGRATIONS, LINK_VERSION);
  if (!upgraded.ok) return fail('wrong-shape');
  const expanded = expand(upgraded.data);
  if (!expanded) return fail('wrong-shape');
  const valid = caseDetailsSchema.safeParse(expanded);
  if (!valid.success) return fail('wrong-shape');
  // Controls that reorder text could make a number or a name read differently: none are kept.
  const clean = caseDetailsSchema.safeParse(withoutBidiControls(valid.data));
  if (!clean.success) return fail('wrong-shape');
  return { ok: true, details: clean.data, version };
}

/** Bidirectional embedding, override and isolate controls, and the marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Details with every bidirectional control taken out of their text (they are at most two levels deep). */
export function withoutBidiControls<T>(value: T): T {
  if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '') as T;
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutBidiControls(inner)])) as T;
}
