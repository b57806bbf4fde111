import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { toBase64Url } from '~/core/formats/base64';
import { caseDetailsSchema } from '~/core/formats/case-details';
import { decodeCaseLink, encodeCaseLink, LINK_VERSION, type DecodeResult } from '~/core/formats/link';
import type { CaseDetails } from '~/core/formats/case-details';
import { openAnswersFile, readAnswersFile, writeAnswersFile, type ReadFileResult } from '~/core/formats/answers-file';
import { boundAnswer, isAnswerShape } from '~/core/questions/rules';
import { FAMILY } from '~/core/journey/family';
import type { SavedCase } from '~/core/store';
import { DETAILS } from '../../fixtures/sharing/make-fixtures';

/*
 * 10,000 inputs per property. Each run is kept cheap: small inputs, and encrypted files made and read with
 * one PBKDF2 iteration through the internal openAnswersFile (the app's readAnswersFile always uses 600,000).
 */
const RUNS = { numRuns: 10_000 };
const NOW = new Date('2026-11-20T10:00:00.000Z');
const SAVED: SavedCase = {
  answers: { 'who-is-filling-in': { choice: 'family-member' }, 'your-name': 'Siân', 'do-not-share': 'My address' },
  skipped: ['patient-name'],
  stageMarks: { 'understanding-you': 'completed' },
  position: 'hub',
};
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Whatever a decoder accepts is something the schema accepts. */
function linkIsSound(result: DecodeResult): boolean {
  if (!result.ok) return typeof result.error === 'string';
  return caseDetailsSchema.safeParse(result.details).success && [1, LINK_VERSION].includes(result.version);
}
function fileIsSound(result: ReadFileResult): boolean {
  if (!result.ok) return typeof result.error === 'string';
  const answersSound = Object.entries(result.saved.answers).every(([id, value]) => {
    const question = FAMILY.question(id);
    return question !== undefined && isAnswerShape(question, value) && !boundAnswer(question, value).capped;
  });
  const detailsSound = result.details === undefined || caseDetailsSchema.safeParse(result.details).success;
  return answersSound && detailsSound && ['family', 'investigator'].includes(result.role);
}

/** A string with one change: a character replaced, inserted or removed, or the tail cut. */
const mutation = (base: string, alphabet?: string) =>
  fc
    .record({
      kind: fc.constantFrom('replace', 'insert', 'remove', 'cut'),
      at: fc.nat({ max: base.length - 1 }),
      char: alphabet ? fc.constantFrom(...alphabet) : fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    })
    .map(({ kind, at, char }) => {
      if (kind === 'replace') return base.slice(0, at) + char + base.slice(at + 1);
      if (kind === 'insert') return base.slice(0, at) + char + base.slice(at);
      if (kind === 'remove') return base.slice(0, at) + base.slice(at + 1);
      return base.slice(0, at);
    })
    .filter((text) => text !== base);

/** Bytes behind a header that is right about the version (and, half the time, the length). */
const linkBytes = fc
  .record({
    body: fc.uint8Array({ maxLength: 200 }),
    compressed: fc.boolean(),
    honestLength: fc.boolean(),
    declared: fc.nat({ max: 0x7fff }),
  })
  .map(({ body, compressed, honestLength, declared }) => {
    const length = honestLength ? body.length : declared;
    const header = (compressed ? 0x8000 : 0) | length;
    return toBase64Url(Uint8Array.from([1, header >> 8, header & 0xff, ...body]));
  });

const plainLinkOf = (value: unknown) => {
  const body = new TextEncoder().encode(JSON.stringify(value) ?? 'undefined');
  return toBase64Url(Uint8Array.from([1, body.length >> 8, body.length & 0xff, ...body]));
};
/** JSON with the link's short keys and values of any kind, so many runs reach the schema. */
const shortKeyed = fc.dictionary(
  fc.constantFrom('o', 'r', 't', 'd', 'l', 'e', 'u', 'h', 's', 'm', 'c', 'v', 'x'),
  fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer({ min: -5, max: 200 }),
    fc.dictionary(fc.constantFrom('n', 'r', 'p', 'e', 'h', 'd', 'm', 'y', 'a', 'q'), fc.string({ maxLength: 5 })),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  { maxKeys: 6 },
);

const PLAIN: CaseDetails = { organisation: 'Northshire NHS Trust', reference: 'PSII-1', commentDays: 28 };

describe('decodeCaseLink, given 10,000 hostile inputs of each kind', () => {
  let compressed: string;
  let plain: string;
  beforeAll(async () => {
    const a = await encodeCaseLink(DETAILS);
    const b = await encodeCaseLink(PLAIN);
    if (!a.ok || !b.ok) throw new Error('base links not made');
    [compressed, plain] = [a.fragment, b.fragment];
  });

  const check = (arbitrary: fc.Arbitrary<string>) =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (input) => linkIsSound(await decodeCaseLink(input))),
      RUNS,
    );

  it('random strings', () => check(fc.string({ unit: 'binary', maxLength: 120 })));
  it('random bytes, base64url encoded, behind a plausible header', () =>
    check(fc.oneof(fc.uint8Array({ maxLength: 120 }).map(toBase64Url), linkBytes)));
  it('random JSON-ish values in a well-formed plain link', () =>
    check(fc.oneof(fc.jsonValue({ maxDepth: 3 }), shortKeyed).map(plainLinkOf)));
  // Since version 2 the checksum catches the change, or the change was junk at the end (a character added
  // after the link, which recovery cuts off): either way no other details are ever opened.
  const neverOther = (details: CaseDetails) => (arbitrary: fc.Arbitrary<string>) =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const result = await decodeCaseLink(input);
        return linkIsSound(result) && (!result.ok || JSON.stringify(result.details) === JSON.stringify(details));
      }),
      RUNS,
    );
  it('a valid compressed link with one change', () =>
    neverOther(DETAILS)(fc.oneof(mutation(compressed, ALPHABET), mutation(compressed))));
  it('a valid plain link with one change', () =>
    neverOther(PLAIN)(fc.oneof(mutation(plain, ALPHABET), mutation(plain))));
});

describe('readAnswersFile, given 10,000 hostile inputs of each kind', () => {
  let plainFile: string;
  let sealedFile: string;
  let derive: MockInstance;
  beforeAll(async () => {
    plainFile = await writeAnswersFile({ saved: SAVED, role: 'family', details: DETAILS, now: NOW });
    sealedFile = await writeAnswersFile({ saved: SAVED, role: 'investigator', now: NOW }, 'pass', { iterations: 1 });
    derive = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
  });
  afterAll(() => vi.restoreAllMocks());

  const read = (text: string) => openAnswersFile(text, 'pass', NOW, 1);
  const check = (arbitrary: fc.Arbitrary<string>) =>
    fc.assert(
      fc.asyncProperty(arbitrary, async (text) => fileIsSound(await read(text))),
      RUNS,
    );

  const header = {
    app: 'learn-together-wizard',
    kind: 'answers-file',
    fileVersion: 1,
    role: 'family',
    createdAt: NOW.toISOString(),
  };
  const jsonish = fc.jsonValue({ maxDepth: 3 });
  const maybe = <T>(good: T) => fc.oneof(fc.constant(good), jsonish);

  it('random strings', () => check(fc.string({ unit: 'binary', maxLength: 200 })));
  it('random JSON-ish values, and objects with this app’s header and anything after it', () =>
    check(
      fc.oneof(
        jsonish.map((v) => JSON.stringify(v) ?? ''),
        fc
          .record({
            app: maybe(header.app),
            kind: maybe(header.kind),
            fileVersion: fc.oneof(fc.integer({ min: -1, max: 3 }), jsonish),
            role: fc.oneof(fc.constantFrom('family', 'investigator'), jsonish),
            createdAt: maybe(header.createdAt),
            encrypted: fc.oneof(fc.boolean(), jsonish),
            envelope: fc.oneof(fc.constant(JSON.parse(plainFile).envelope), jsonish),
            details: fc.oneof(fc.constant(DETAILS), jsonish),
          })
          .map((v) => JSON.stringify(v)),
      ),
    ));
  it('a valid plain file with one change', () => check(mutation(plainFile)));
  it('a valid encrypted file with one change (opened with one iteration)', () =>
    check(fc.oneof(mutation(sealedFile), mutation(sealedFile, ALPHABET + '+/='))));

  it('never derives a key for an encrypted file whose parts have the wrong lengths or names', async () => {
    // Through the app's own readAnswersFile (600,000 iterations): one derivation would cost ~0.3 s per run.
    const sealed = JSON.parse(sealedFile);
    const base64Of = (length: number) => btoa('x'.repeat(length));
    /** The right value, or (when `broken`) one of the wrong ones. */
    const part = <T>(good: T, wrong: fc.Arbitrary<unknown>) =>
      fc.record({ broken: fc.boolean(), wrong }).map(({ broken, wrong }) => ({ broken, value: broken ? wrong : good }));
    /** Base64 of any length but `right` (up to `max` bytes), text that is not base64, or not a string. */
    const wrongLength = (right: number, max = 40) =>
      fc.oneof(
        fc
          .integer({ min: 0, max })
          .filter((n) => n !== right)
          .map(base64Of),
        fc.string({ maxLength: 30 }).map((s) => s + '*'),
        jsonish.filter((v) => typeof v !== 'string'),
      );
    const broken = fc
      .record({
        salt: part(sealed.kdf.salt, wrongLength(16)),
        check: part(sealed.kdf.check, wrongLength(16)),
        iv: part(sealed.cipher.iv, wrongLength(12)),
        // Under 31 bytes: shorter than the tag plus the smallest plaintext.
        // At most 30 bytes: shorter than the tag and the smallest plaintext.
        data: part(sealed.data, wrongLength(-1, 30)),
        kdf: part('PBKDF2', fc.constantFrom('scrypt', 'Argon2id', 'pbkdf2', '')),
        hash: part('SHA-256', fc.constantFrom('SHA-1', 'SHA-512', 'sha-256')),
        cipher: part('AES-GCM', fc.constantFrom('AES-CBC', 'AES-CTR', 'ChaCha20-Poly1305')),
      })
      .filter((parts) => Object.values(parts).some((p) => p.broken))
      .map(({ salt, check, iv, data, kdf, hash, cipher }) =>
        JSON.stringify({
          ...sealed,
          kdf: { name: kdf.value, hash: hash.value, salt: salt.value, check: check.value, iterations: 1 },
          cipher: { name: cipher.value, iv: iv.value },
          data: data.value,
        }),
      );
    derive.mockClear();
    await fc.assert(
      fc.asyncProperty(broken, async (text) => {
        const result = await readAnswersFile(text, 'pass', { now: NOW });
        return !result.ok && result.error === 'tampered';
      }),
      RUNS,
    );
    expect(derive).not.toHaveBeenCalled();
  });
});
