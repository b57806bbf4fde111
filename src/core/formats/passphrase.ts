/*
 * Passphrase encryption for an answers file, with WebCrypto only (crypto.subtle: browsers in a secure
 * context, and Node 20). PBKDF2-SHA-256 turns the passphrase and a random 16-byte salt into 256 bits;
 * HKDF-SHA-256 splits those into an AES-256-GCM key and a 16-byte check value. The check is stored in the
 * file so a wrong passphrase can be told apart from a damaged file: a matching check with a failing
 * AES-GCM tag means the ciphertext (or the header bound to it as additional data) was changed. The check
 * costs an attacker the same 600,000 iterations per guess as the ciphertext would, so it gives nothing away.
 */

/**
 * Fixed by the app and never read from a file, so an edited file cannot make guessing cheap.
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 to 0.5 s on a phone or a busy laptop.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const CHECK_BYTES = 16;
/** AES-GCM's authentication tag, at the end of the ciphertext. */
export const TAG_BYTES = 16;

const KEY_INFO = 'learn-together-wizard answers-file v1 key';
const CHECK_INFO = 'learn-together-wizard answers-file v1 check';

const utf8 = new TextEncoder();
// A passphrase typed on another keyboard may compose "é" differently; NFC makes both the same bytes.
const passphraseBytes = (passphrase: string) => utf8.encode(passphrase.normalize('NFC'));

interface Keys {
  key: CryptoKey;
  check: Uint8Array<ArrayBuffer>;
}

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Keys> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  const master = await subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(info) });
  const key = await subtle.deriveKey(hkdf(KEY_INFO), master, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await subtle.deriveBits(hkdf(CHECK_INFO), master, CHECK_BYTES * 8));
  return { key, check };
}

export interface Sealed {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  check: Uint8Array<ArrayBuffer>;
  /** Ciphertext followed by the 16-byte tag. */
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Encrypts `plaintext`, binding `associated` (the file's header) to it. `testing` fixes the salt and IV
 * (reproducible fixtures) or lowers the iterations (fast property tests); the app never passes it.
 */
export async function seal(
  plaintext: Uint8Array<ArrayBuffer>,
  passphrase: string,
  associated: Uint8Array<ArrayBuffer>,
  testing: { salt?: Uint8Array<ArrayBuffer>; iv?: Uint8Array<ArrayBuffer>; iterations?: number } = {},
): Promise<Sealed> {
  const salt = testing.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = testing.iv ?? globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, testing.iterations ?? PBKDF2_ITERATIONS);
  const data = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associated }, key, plaintext),
  );
  return { salt, iv, check, data };
}

/**
 * Decrypts a sealed value. Call only once its lengths are checked: this is where the cost is.
 * 'wrong-passphrase' when the check differs; 'tampered' when it matches but the tag does not.
 */
export async function open(
  sealed: Sealed,
  passphrase: string,
  associated: Uint8Array<ArrayBuffer>,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ ok: true; plaintext: Uint8Array<ArrayBuffer> } | { ok: false; error: 'wrong-passphrase' | 'tampered' }> {
  const { key, check } = await deriveKeys(passphrase, sealed.salt, iterations);
  if (!sameBytes(check, sealed.check)) return { ok: false, error: 'wrong-passphrase' };
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: associated },
      key,
      sealed.data,
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    return { ok: false, error: 'tampered' };
  }
}

/** Compares every byte whatever the first difference, out of habit for secrets. */
function sameBytes(a: Uint8Array<ArrayBuffer>, b: Uint8Array<ArrayBuffer>): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
