/*
 * Base64 in both alphabets, strict on the way in. Written out rather than using atob/btoa (which work on
 * "binary strings" and accept whitespace and missing padding) or Buffer (Node only), so the browser and the
 * tests run the same code and a decode tells a damaged value apart from a good one.
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function lookup(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const STANDARD_LOOKUP = lookup(STANDARD);
const URL_SAFE_LOOKUP = lookup(URL_SAFE);

function encode(bytes: Uint8Array<ArrayBuffer>, alphabet: string, pad: boolean): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out.push(alphabet[n >> 18]!, alphabet[(n >> 12) & 63]!, alphabet[(n >> 6) & 63]!, alphabet[n & 63]!);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out.push(alphabet[n >> 18]!, alphabet[(n >> 12) & 63]!, pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out.push(alphabet[n >> 18]!, alphabet[(n >> 12) & 63]!, alphabet[(n >> 6) & 63]!, pad ? '=' : '');
  }
  return out.join('');
}

/** Decodes the characters of `text` (no padding) into as many whole bytes as they hold; undefined on any other character. */
function decode(text: string, table: Int16Array): Uint8Array<ArrayBuffer> | undefined {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? table[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, at);
}

/** Standard base64 with padding, as the answers file stores salt, IV and ciphertext. */
export const toBase64 = (bytes: Uint8Array<ArrayBuffer>): string => encode(bytes, STANDARD, true);

/** Strict standard base64: padded to a multiple of 4, no whitespace, nothing after the padding; undefined otherwise. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 !== 0) return undefined;
  const body = text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text;
  return decode(body, STANDARD_LOOKUP);
}

/** base64url without padding (RFC 4648 section 5): safe in a URL fragment and in a QR code. */
export const toBase64Url = (bytes: Uint8Array<ArrayBuffer>): string => encode(bytes, URL_SAFE, false);

/**
 * base64url without padding; undefined on any character outside the alphabet. A dangling last character
 * (length % 4 === 1, as when a link is cut) holds no whole byte and is left out, so the caller sees the
 * shortened data and can say "truncated".
 */
export const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> | undefined => decode(text, URL_SAFE_LOOKUP);
