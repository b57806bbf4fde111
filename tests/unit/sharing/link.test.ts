import QRCode from 'qrcode';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { fromBase64Url, toBase64Url } from '~/core/formats/base64';
import { crc32, withChecksum } from '~/core/formats/link-check';
import { LETTER_QR_OPTIONS } from '~/core/letter/letter-model';
import type { CaseDetails } from '~/core/formats/case-details';
import {
  LINK_MAX_CHARS,
  LINK_MAX_INFLATED_BYTES,
  LINK_VERSION,
  QR_URL_MAX,
  URL_PREFIX_BUDGET,
  decodeCaseLink,
  encodeCaseLink,
} from '~/core/formats/link';
import { DETAILS } from '../../fixtures/sharing/make-fixtures';

afterEach(() => vi.unstubAllGlobals());

async function encoded(details: CaseDetails) {
  const result = await encodeCaseLink(details);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Every field at its length limit, in characters JSON writes as six-byte escapes: the most a valid link can inflate to. */
const LARGEST: CaseDetails = (() => {
  const text = (n: number) => '\u0001'.repeat(n);
  const contact = { name: text(200), role: text(200), phone: text(200), email: text(254), hours: text(200) };
  return {
    organisation: 'T' + text(199),
    reference: text(200),
    reviewType: text(200),
    incidentDate: { approximate: 'x' + text(199) },
    leadInvestigator: contact,
    engagementLead: contact,
    deputy: contact,
    outOfHours: contact,
    scope: text(2000),
    timescales: text(2000),
    commentDays: 120,
    reviewDate: text(2000),
  };
})();

describe('encodeCaseLink and decodeCaseLink', () => {
  it('give back the same details through the compressed form', async () => {
    const link = await encoded(DETAILS);
    expect(link.compressed).toBe(true);
    expect(await decodeCaseLink(link.fragment)).toEqual({ ok: true, details: DETAILS, version: LINK_VERSION });
  });

  it('write plain JSON when that is shorter, and read it back', async () => {
    const link = await encoded({ organisation: 'NHS' });
    expect(link.compressed).toBe(false);
    expect(await decodeCaseLink(link.fragment)).toEqual({
      ok: true,
      details: { organisation: 'NHS' },
      version: LINK_VERSION,
    });
  });

  it('write plain JSON when the browser has no CompressionStream, and still read it', async () => {
    // Plain JSON holds less: these details fit, the full DETAILS (584 characters compressed) would not.
    const details: CaseDetails = {
      organisation: DETAILS.organisation,
      reference: DETAILS.reference,
      engagementLead: DETAILS.engagementLead,
      commentDays: 28,
    };
    const compressed = await encoded(details);
    vi.stubGlobal('CompressionStream', undefined);
    const plain = await encoded(details);
    expect([compressed.compressed, plain.compressed]).toEqual([true, false]);
    expect(plain.fragment.length).toBeGreaterThan(compressed.fragment.length);
    expect(await decodeCaseLink(plain.fragment)).toEqual({ ok: true, details, version: LINK_VERSION });
    expect(await encodeCaseLink(DETAILS)).toEqual({ ok: false, error: 'too-long' });
  });

  it('say "unsupported" for a compressed link in a browser that cannot inflate', async () => {
    const link = await encoded(DETAILS);
    vi.stubGlobal('DecompressionStream', undefined);
    expect(await decodeCaseLink(link.fragment)).toEqual({ ok: false, error: 'unsupported' });
  });

  it('accept the fragment with its "#", or the whole address, with spaces around it', async () => {
    const { fragment } = await encoded(DETAILS);
    for (const pasted of [`#${fragment}`, ` https://trust.example.nhs.uk/en/wizard/#${fragment}\n`]) {
      expect(await decodeCaseLink(pasted)).toMatchObject({ ok: true, details: DETAILS });
    }
  });

  it('write the bytes as documented: version, compressed flag and body length, body, then its CRC-32', async () => {
    const link = await encoded(DETAILS);
    const bytes = fromBase64Url(link.fragment)!;
    expect(bytes[0]).toBe(LINK_VERSION);
    const header = (bytes[1]! << 8) | bytes[2]!;
    expect(header & 0x8000).toBe(0x8000);
    expect(header & 0x7fff).toBe(bytes.length - 3 - 4);
    expect(new DataView(bytes.buffer).getUint32(bytes.length - 4)).toBe(crc32(bytes.subarray(0, -4)));
    expect(link.fragment).not.toMatch(/[=+/]/);
  });

  it('use the short keys of version 1, so an old link keeps its meaning', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const link = await encoded({
      organisation: 'O',
      incidentDate: { approximate: 'March' },
      leadInvestigator: { name: 'N', role: 'R', phone: 'P', email: 'E', hours: 'H' },
      commentDays: 28,
    });
    const json = new TextDecoder().decode(fromBase64Url(link.fragment)!.subarray(3, -4));
    expect(json).toBe('{"o":"O","d":{"a":"March"},"l":{"n":"N","r":"R","p":"P","e":"E","h":"H"},"c":28}');
  });

  it('refuse details that fail the schema ("wrong-shape") and details too long for a QR code ("too-long")', async () => {
    expect(await encodeCaseLink({ organisation: '' })).toEqual({ ok: false, error: 'wrong-shape' });
    expect(await encodeCaseLink({ organisation: 'T', extra: 1 } as CaseDetails)).toEqual({
      ok: false,
      error: 'wrong-shape',
    });
    // Text that does not compress: a different word each time.
    const scope = Array.from({ length: 300 }, (_, i) => (i * 7919).toString(36)).join(' ');
    expect(await encodeCaseLink({ organisation: 'T', scope })).toEqual({ ok: false, error: 'too-long' });
  });

  it('make every accepted link short enough to fit QR version 25 at level M with the address', async () => {
    // The longest payload this app writes, behind the longest address it allows for.
    const url = 'https://' + 'h'.repeat(URL_PREFIX_BUDGET - 'https://'.length - 1) + '#' + 'A'.repeat(LINK_MAX_CHARS);
    expect(url.length).toBe(QR_URL_MAX);
    // Byte mode, the worst case: a base64url payload mixes cases, so most of it is written in byte mode.
    const version = (text: string) =>
      QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' }).version;
    expect(version(url)).toBe(25);
    expect(version(url + 'A')).toBe(26);
  });

  it('survive a trip through a QR code image and a QR reader', async () => {
    const { fragment } = await encoded(DETAILS);
    const url = `https://trust.example.nhs.uk/en/wizard/#${fragment}`;
    const qr = QRCode.create(url, LETTER_QR_OPTIONS);
    const scale = 4;
    const quiet = 4;
    const side = (qr.modules.size + 2 * quiet) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < qr.modules.size; y++)
      for (let x = 0; x < qr.modules.size; x++) {
        if (!qr.modules.get(x, y)) continue;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const at = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
            pixels.fill(0, at, at + 3);
          }
      }
    const read = jsQR(pixels, side, side);
    expect(read?.data).toBe(url);
    expect(await decodeCaseLink(read!.data)).toMatchObject({ ok: true, details: DETAILS });
  });

  it('read the largest valid details, which inflate to under the cap (a bomb stops at the cap)', async () => {
    expect(new TextEncoder().encode(JSON.stringify(LARGEST)).length).toBeGreaterThan(60_000);
    // encodeCaseLink refuses it (too long for a QR code), so it is built by hand, with version 1's short keys.
    const contact = (c: CaseDetails['deputy']) => ({ n: c?.name, r: c?.role, p: c?.phone, e: c?.email, h: c?.hours });
    const short = JSON.stringify({
      o: LARGEST.organisation,
      r: LARGEST.reference,
      t: LARGEST.reviewType,
      d: { a: (LARGEST.incidentDate as { approximate: string }).approximate },
      l: contact(LARGEST.leadInvestigator),
      e: contact(LARGEST.engagementLead),
      u: contact(LARGEST.deputy),
      h: contact(LARGEST.outOfHours),
      s: LARGEST.scope,
      m: LARGEST.timescales,
      c: LARGEST.commentDays,
      v: LARGEST.reviewDate,
    });
    const json = new TextEncoder().encode(short);
    expect(json.length).toBeLessThan(LINK_MAX_INFLATED_BYTES / 1.9);
    const body = deflateRawSync(json);
    const fragment = toBase64Url(Uint8Array.from([1, 0x80 | (body.length >> 8), body.length & 0xff, ...body]));
    expect(fragment.length).toBeLessThan(LINK_MAX_CHARS);
    expect(await decodeCaseLink(fragment)).toEqual({ ok: true, details: LARGEST, version: 1 });
  });

  it('give "unknown-version" for a link from a newer app (its own checksum right), and for version 0', async () => {
    const { fragment } = await encoded(DETAILS);
    const bytes = fromBase64Url(fragment)!.slice(0, -4);
    for (const version of [LINK_VERSION + 1, 0]) {
      bytes[0] = version;
      expect(await decodeCaseLink(toBase64Url(withChecksum(bytes)))).toEqual({ ok: false, error: 'unknown-version' });
    }
  });

  it('never throw, whatever it is given at run time', async () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(await decodeCaseLink(input as string)).toEqual({ ok: false, error: 'empty' });
    }
  });
});
