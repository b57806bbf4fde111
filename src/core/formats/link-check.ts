import { fromBase64Url, toBase64Url } from './base64';

/*
 * The checksum a family link carries from version 2, and the recovery it makes safe. A link copied out of
 * an email or a message often picks up a full stop, a bracket, a line break or tracking junk
 * ("&utm_source=...", "?fbclid=..."). Those are cut away; the checksum then says whether what is left is
 * exactly what the team wrote, so recovery never opens a link that was changed on the way.
 *
 * Version 2's bytes are version 1's (version, flag and length, body) followed by the CRC-32 (ISO-HDLC,
 * as zip and PNG use it) of all of them, big-endian. CRC-32 catches every change of up to 32 bits in a
 * row; one changed base64url character changes at most 6 bits, so every one-character change is caught.
 * The text must also be the canonical base64url of its bytes, so a changed last character whose unused
 * bits do not reach the bytes is caught too.
 */

export const CHECKSUM_BYTES = 4;
const HEADER_BYTES = 3;
const LENGTH_MASK = 0x7fff;
const COMPRESSED_FLAG = 0x8000;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes`, as an unsigned number. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** `bytes` with their CRC-32 after them. */
export function withChecksum(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length + CHECKSUM_BYTES);
  out.set(bytes);
  new DataView(out.buffer).setUint32(bytes.length, crc32(bytes));
  return out;
}

const checksumHolds = (bytes: Uint8Array<ArrayBuffer>): boolean =>
  bytes.length > CHECKSUM_BYTES &&
  crc32(bytes.subarray(0, bytes.length - CHECKSUM_BYTES)) ===
    new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - CHECKSUM_BYTES);

const NOT_IN_A_LINK = /[^A-Za-z0-9_-]/;
/** What ends a link in running text or a tracked address. */
const TRAILING = /[.,;:!?)\]}>"'&#%]/;
/** Whitespace and the invisible characters email and chat apps put into long words (soft hyphen, zero-width, BOM). */
const SPACES = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/**
 * What is left of a pasted fragment once the junk around it is gone: percent-escapes undone (a browser
 * writes a copied '>' or space as %3E, %20), spaces and line breaks taken out wherever they are (a long
 * link wrapped over two lines), angle brackets and quotes around it dropped, and everything from the
 * first character a link never has cut off ('.', ')', '&utm_source=...', '?fbclid=...').
 */
export function recoverLinkText(pasted: string): { text: string; cutMidway: boolean } {
  let text = pasted;
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray '%': left as it is, and cut off below.
  }
  text = text.replace(SPACES, '').replace(/^[<"'(]+/, '');
  const junk = text.search(NOT_IN_A_LINK);
  if (junk === -1) return { text, cutMidway: false };
  // Punctuation after a link ends it; anything else (an emoji, a '*', standard base64's '+' and '/') is in the middle of it.
  return { text: text.slice(0, junk), cutMidway: !TRAILING.test(text[junk]!) };
}

/** How many characters a link of `declared` body bytes takes, checksum included. */
const charsFor = (declared: number) => Math.ceil(((HEADER_BYTES + declared + CHECKSUM_BYTES) * 4) / 3);

/** True when `bytes`, read whole with a version-2 header rebuilt from their length, carry a good checksum. */
function holdsWithHeaderRebuilt(bytes: Uint8Array<ArrayBuffer>, version: number): boolean {
  const declared = bytes.length - HEADER_BYTES - CHECKSUM_BYTES;
  if (declared < 0 || declared > LENGTH_MASK) return false;
  return [COMPRESSED_FLAG, 0].some((flag) => {
    const copy = bytes.slice();
    copy[0] = version;
    copy[1] = (flag | declared) >> 8;
    copy[2] = declared & 0xff;
    return checksumHolds(copy);
  });
}

export type CheckedLink =
  /** A checked link: its bytes (version, flag and length, body), checksum taken off. */
  | { kind: 'checked'; bytes: Uint8Array<ArrayBuffer> }
  /** Not a link with a checksum: read it as it was pasted, as version 1 links always were. */
  | { kind: 'unchecked' }
  /** A link with a checksum that does not hold: a character in it changed. */
  | { kind: 'changed' }
  | { kind: 'truncated' }
  /** Characters a link never has, in the middle of it. */
  | { kind: 'not-base64' };

/**
 * Reads a pasted fragment as a link of a version from `from` to `to` (those that carry a checksum),
 * recovering it from junk around it. A link whose first characters (version, flag and length) were
 * changed is still told apart from one of another version: its checksum holds once they are rebuilt from
 * the link's length.
 */
export function checkLink(pasted: string, from: number, to: number): CheckedLink {
  const { text, cutMidway } = recoverLinkText(pasted);
  const all = fromBase64Url(text);
  if (!all || all.length < HEADER_BYTES) return { kind: 'unchecked' };
  const changed = () => holdsWithHeaderRebuilt(all, to);
  if (all[0]! < from || all[0]! > to) return changed() ? { kind: 'changed' } : { kind: 'unchecked' };
  const declared = ((all[1]! << 8) | all[2]!) & LENGTH_MASK;
  const chars = charsFor(declared);
  if (text.length < chars) {
    if (changed()) return { kind: 'changed' };
    return { kind: cutMidway ? 'not-base64' : 'truncated' };
  }
  // Link characters after the link's own length are junk too (a word joined on when a line break went).
  const used = text.slice(0, chars);
  const bytes = fromBase64Url(used)!;
  if (toBase64Url(bytes) !== used || !checksumHolds(bytes)) return { kind: 'changed' };
  return { kind: 'checked', bytes: bytes.slice(0, bytes.length - CHECKSUM_BYTES) };
}
