import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeCaseLink, type LinkError } from '~/core/formats/link';
import { readAnswersFile, type FileError } from '~/core/formats/answers-file';
import { FIXTURE_PASSPHRASE, makeFixtures, type Fixture } from '../../fixtures/sharing/make-fixtures';
import { REPO_ROOT } from '../../helpers/paths';

const DIR = join(REPO_ROOT, 'tests/fixtures/sharing');
const NOW = new Date('2026-11-20T10:00:00.000Z');

/** What each fixture must give: its error code, or 'ok' for hostile text that is valid data. */
const LINKS: Record<string, LinkError | 'ok'> = {
  'link-empty.txt': 'empty',
  'link-only-hash.txt': 'empty',
  'link-whitespace.txt': 'empty',
  'link-not-base64.txt': 'not-base64',
  'link-padded-base64.txt': 'not-base64',
  'link-standard-base64-alphabet.txt': 'not-base64',
  'link-emoji.txt': 'not-base64',
  'link-with-space-inside.txt': 'not-base64',
  'link-one-character.txt': 'truncated',
  'link-header-cut.txt': 'truncated',
  'link-header-only.txt': 'truncated',
  'link-truncated.txt': 'truncated',
  'link-truncated-plain.txt': 'truncated',
  'link-future-version.txt': 'unknown-version',
  'link-version-zero.txt': 'unknown-version',
  'link-version-255.txt': 'unknown-version',
  'link-bad-compression.txt': 'bad-compression',
  'link-compressed-cut-inside.txt': 'bad-compression',
  'link-compressed-junk-after.txt': 'bad-compression',
  'link-plain-junk-after.txt': 'not-json',
  'link-zip-bomb.txt': 'too-long',
  'link-too-long-paste.txt': 'too-long',
  'link-not-json.txt': 'not-json',
  'link-not-json-compressed.txt': 'not-json',
  'link-not-utf8.txt': 'not-json',
  'link-json-array.txt': 'wrong-shape',
  'link-json-string.txt': 'wrong-shape',
  'link-json-null.txt': 'wrong-shape',
  'link-missing-organisation.txt': 'wrong-shape',
  'link-invisible-organisation.txt': 'wrong-shape',
  'link-unknown-key.txt': 'wrong-shape',
  'link-long-key-names.txt': 'wrong-shape',
  'link-unknown-contact-key.txt': 'wrong-shape',
  'link-proto-key.txt': 'wrong-shape',
  'link-name-too-long.txt': 'wrong-shape',
  'link-script-in-name-too-long.txt': 'wrong-shape',
  'link-scope-too-long.txt': 'wrong-shape',
  'link-comment-days-zero.txt': 'wrong-shape',
  'link-comment-days-121.txt': 'wrong-shape',
  'link-comment-days-fraction.txt': 'wrong-shape',
  'link-comment-days-string.txt': 'wrong-shape',
  'link-impossible-date.txt': 'wrong-shape',
  'link-date-both-kinds.txt': 'wrong-shape',
  'link-contact-not-object.txt': 'wrong-shape',
  'link-deep-nesting.txt': 'wrong-shape',
  'link-is-a-file.txt': 'wrong-kind',
  'link-is-an-envelope.txt': 'wrong-kind',
  'link-web-address-no-fragment.txt': 'wrong-kind',
  'link-script-in-name.txt': 'ok',
  'link-full-address.txt': 'ok',
  'link-changed-character.txt': 'changed',
  'link-changed-first-character.txt': 'changed',
  'link-changed-length-character.txt': 'changed',
  'link-v2-without-checksum.txt': 'truncated',
  'link-trailing-full-stop.txt': 'ok',
  'link-trailing-bracket.txt': 'ok',
  'link-in-angle-brackets.txt': 'ok',
  'link-utm-junk.txt': 'ok',
  'link-fbclid.txt': 'ok',
  'link-wrapped-over-lines.txt': 'ok',
  'link-percent-escaped-junk.txt': 'ok',
  'link-bidi-controls.txt': 'ok',
};

const FILES: Record<string, FileError | 'ok'> = {
  'file-empty.json': 'empty',
  'file-whitespace.json': 'empty',
  'file-not-json.json': 'not-json',
  'file-cut-in-half.json': 'not-json',
  'file-pdf-bytes.json': 'not-json',
  'file-json-array.json': 'wrong-app',
  'file-json-number.json': 'wrong-app',
  'file-wrong-app.json': 'wrong-app',
  'file-no-app.json': 'wrong-app',
  'file-is-a-link.txt': 'wrong-kind',
  'file-is-a-link-address.txt': 'wrong-kind',
  'file-is-a-saved-envelope.json': 'wrong-kind',
  'file-kind-case-link.json': 'wrong-kind',
  'file-future-version.json': 'too-new',
  'file-version-zero.json': 'invalid',
  'file-version-string.json': 'invalid',
  'file-future-answers-schema.json': 'too-new',
  'file-unknown-role.json': 'invalid',
  'file-bad-created-at.json': 'invalid',
  'file-encrypted-flag-missing.json': 'invalid',
  'file-encrypted-flag-string.json': 'invalid',
  'file-envelope-missing.json': 'invalid',
  'file-envelope-wrong-app.json': 'invalid',
  'file-envelope-bad-saved-at.json': 'invalid',
  'file-too-large.json': 'too-large',
  'file-needs-passphrase.json': 'needs-passphrase',
  'file-wrong-passphrase.json': 'wrong-passphrase',
  'file-iv-too-short.json': 'tampered',
  'file-iv-missing.json': 'tampered',
  'file-salt-too-short.json': 'tampered',
  'file-salt-not-base64.json': 'tampered',
  'file-check-missing.json': 'tampered',
  'file-data-not-base64.json': 'tampered',
  'file-data-unpadded.json': 'tampered',
  'file-data-too-short.json': 'tampered',
  'file-data-number.json': 'tampered',
  'file-kdf-scrypt.json': 'tampered',
  'file-kdf-sha1.json': 'tampered',
  'file-cipher-aes-cbc.json': 'tampered',
  'file-encrypted-with-plain-envelope.json': 'tampered',
  'file-ciphertext-cut.json': 'tampered',
  'file-ciphertext-flipped.json': 'tampered',
  'file-role-changed-encrypted.json': 'tampered',
  'file-low-iterations-stated.json': 'ok',
  'file-20000-char-answer.json': 'ok',
  'file-20001-char-answer.json': 'ok',
  'file-script-in-answer.json': 'ok',
  'file-unknown-question.json': 'ok',
  'file-proto-key.json': 'ok',
  'file-deeply-nested-answer.json': 'ok',
  'file-bad-details.json': 'ok',
  'file-valid-plain.json': 'ok',
};
/** Read without a passphrase; every other file fixture is read with FIXTURE_PASSPHRASE. */
const WITHOUT_PASSPHRASE = new Set(['file-needs-passphrase.json']);
/** The only file fixtures well formed enough to cost a key derivation (600,000 iterations). */
const DERIVES = new Set([
  'file-wrong-passphrase.json',
  'file-ciphertext-cut.json',
  'file-ciphertext-flipped.json',
  'file-role-changed-encrypted.json',
  'file-low-iterations-stated.json',
]);

const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const readFixture = (name: string) =>
  readAnswersFile(fixture(name), WITHOUT_PASSPHRASE.has(name) ? undefined : FIXTURE_PASSPHRASE, { now: NOW });

let made: Fixture[];
beforeAll(async () => {
  made = await makeFixtures();
  if (process.env.WRITE_SHARING_FIXTURES === '1') for (const f of made) writeFileSync(join(DIR, f.name), f.text);
});
afterEach(() => vi.restoreAllMocks());

describe('the hostile corpus in tests/fixtures/sharing', () => {
  it('has one expectation per fixture file, and at least 40 fixtures', () => {
    const onDisk = readdirSync(DIR).filter((name) => /\.(txt|json)$/.test(name));
    expect(onDisk.sort()).toEqual([...Object.keys(LINKS), ...Object.keys(FILES)].sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(40);
  });

  it('is what make-fixtures.ts writes (run it again with WRITE_SHARING_FIXTURES=1)', () => {
    expect(made.map((f) => f.name).sort()).toEqual(Object.keys({ ...LINKS, ...FILES }).sort());
    for (const f of made.filter((f) => !f.zlib)) expect(fixture(f.name), f.name).toBe(f.text);
  });

  it.each(Object.entries(LINKS))('decodeCaseLink(%s) gives %s', async (name, expected) => {
    const result = await decodeCaseLink(fixture(name));
    expect(result.ok ? 'ok' : result.error).toBe(expected);
  });

  it.each(Object.entries(FILES))('readAnswersFile(%s) gives %s', async (name, expected) => {
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
    const result = await readFixture(name);
    expect(result.ok ? 'ok' : result.error).toBe(expected);
    // Junk is turned away by its structure alone: only a well-formed encrypted file costs a derivation.
    expect(derive.mock.calls.some(([algorithm]) => (algorithm as { name: string }).name === 'PBKDF2')).toBe(
      DERIVES.has(name),
    );
  });

  it('keeps markup and right-to-left text in a link as inert text, exactly as written', async () => {
    const result = await decodeCaseLink(fixture('link-script-in-name.txt'));
    expect(result).toMatchObject({
      ok: true,
      details: {
        organisation: 'Trust <img src=x onerror=alert(1)>',
        leadInvestigator: { name: '<script>alert(1)</script>', role: 'مديرة التحقيق', hours: '{{hours}} ${x}' },
      },
    });
  });

  it('reads a link pasted as a whole address (the part after #)', async () => {
    const result = await decodeCaseLink(fixture('link-full-address.txt'));
    expect(result.ok && result.details.reference).toBe('PSII-2026-0142');
  });

  it('does not let a "__proto__" key change any object', async () => {
    await decodeCaseLink(fixture('link-proto-key.txt'));
    const result = await readFixture('file-proto-key.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getOwnPropertyNames(result.unreadable)).toEqual(['__proto__']);
  });

  it('bounds long answers: 20,000 characters kept, 20,001 cut to 20,000 and reported', async () => {
    const atLimit = await readFixture('file-20000-char-answer.json');
    const over = await readFixture('file-20001-char-answer.json');
    expect(atLimit.ok && [atLimit.saved.answers['what-happened']?.length, atLimit.capped]).toEqual([20_000, []]);
    expect(over.ok && [over.saved.answers['what-happened']?.length, over.capped]).toEqual([20_000, ['what-happened']]);
  });

  it('reports what it could not read instead of dropping it', async () => {
    const unknown = await readFixture('file-unknown-question.json');
    expect(unknown.ok && unknown.unreadable).toEqual({ 'no-such-question': 'hello' });
    const nested = await readFixture('file-deeply-nested-answer.json');
    expect(nested.ok && Object.keys(nested.unreadable)).toEqual(['patient-name']);
    const details = await readFixture('file-bad-details.json');
    expect(details.ok && [details.details, details.unreadableDetails]).toEqual([
      undefined,
      { organisation: '', secret: 'x' },
    ]);
  });

  it('opens a file with the app’s own iteration count, whatever count the file states', async () => {
    const result = await readFixture('file-low-iterations-stated.json');
    expect(result.ok && result.role).toBe('investigator');
  });
});
