import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseDetails } from '~/core/formats/case-details';
import { crc32 } from '~/core/formats/link-check';
import { decodeCaseLink, encodeCaseLink, LINK_VERSION } from '~/core/formats/link';
import { DETAILS } from '../../fixtures/sharing/make-fixtures';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

async function fragmentOf(details: CaseDetails): Promise<string> {
  const link = await encodeCaseLink(details);
  if (!link.ok) throw new Error(link.error);
  return link.fragment;
}

/** Text a person could type, short enough that every case fits in a link. */
const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /[A-Za-z0-9]/.test(s));
const contact = fc.record({ name: words, phone: fc.stringMatching(/^0\d{4} \d{6}$/) }, { requiredKeys: ['name'] });
const details: fc.Arbitrary<CaseDetails> = fc.record(
  {
    organisation: words,
    reference: words,
    engagementLead: contact,
    leadInvestigator: contact,
    scope: fc.string({ maxLength: 200 }),
    commentDays: fc.integer({ min: 1, max: 120 }),
  },
  { requiredKeys: ['organisation'] },
);

/** What an email or a chat app leaves around a link when it is copied out of a message. */
const JUNK: ((link: string) => string)[] = [
  (link) => `${link}.`,
  (link) => `${link})`,
  (link) => `(${link}),`,
  (link) => `<${link}>`,
  (link) => `${link}\n`,
  (link) => `  ${link} \r\n\t`,
  (link) => `${link}\nThanks, Sam`,
  (link) => `${link}&utm_source=newsletter&utm_medium=email`,
  (link) => `${link}?fbclid=IwAR2x_Yk7Lw-9`,
  (link) => `${link}%3E`,
  // A long link wrapped onto a second line, or with a space where the line broke.
  (link) => `${link.slice(0, 40)}\n${link.slice(40)}`,
  (link) => `${link.slice(0, 70)} ${link.slice(70)}.`,
];

describe('the version 2 link checksum', () => {
  it('is the CRC-32 that zip and PNG use', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('catches every one-character change to a link: each character, replaced by each other link character', async () => {
    const fragment = await fragmentOf(DETAILS);
    expect(fragment.length).toBeGreaterThan(500);
    const errors = new Set<string>();
    for (let at = 0; at < fragment.length; at++)
      for (const char of ALPHABET) {
        if (char === fragment[at]) continue;
        const result = await decodeCaseLink(fragment.slice(0, at) + char + fragment.slice(at + 1));
        errors.add(result.ok ? 'opened' : result.error);
      }
    // Every change is told as a changed character, even in the version, flag and length at the start.
    expect([...errors]).toEqual(['changed']);
  });

  it('catches a changed character in any link (property: random details, position and character)', async () => {
    await fc.assert(
      fc.asyncProperty(details, fc.nat(), fc.nat({ max: ALPHABET.length - 1 }), async (d, position, pick) => {
        const fragment = await fragmentOf(d);
        const at = position % fragment.length;
        const char = ALPHABET[pick] === fragment[at] ? ALPHABET[(pick + 1) % ALPHABET.length]! : ALPHABET[pick]!;
        const changed = await decodeCaseLink(fragment.slice(0, at) + char + fragment.slice(at + 1));
        expect(changed).toEqual({ ok: false, error: 'changed' });
      }),
      { numRuns: 300 },
    );
  });

  it('opens a link copied with junk around it, giving back the same details (property)', async () => {
    await fc.assert(
      fc.asyncProperty(details, fc.nat({ max: JUNK.length - 1 }), fc.boolean(), async (d, which, whole) => {
        const fragment = await fragmentOf(d);
        const link = whole ? `https://trust.example.nhs.uk/en/from-your-team/#${fragment}` : fragment;
        const result = await decodeCaseLink(JUNK[which]!(link));
        expect(result).toEqual({ ok: true, details: d, version: LINK_VERSION });
      }),
      { numRuns: 300 },
    );
  });

  it('still says when a link is cut short, or has a character no link has in the middle', async () => {
    const fragment = await fragmentOf(DETAILS);
    expect(await decodeCaseLink(`${fragment.slice(0, 300)}.`)).toEqual({ ok: false, error: 'truncated' });
    expect(await decodeCaseLink(`${fragment.slice(0, 300)}🙂${fragment.slice(300)}`)).toEqual({
      ok: false,
      error: 'not-base64',
    });
  });
});

describe('text read from a link', () => {
  const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
  const MARKS = ['\u200e', '\u200f', '\u061c'];

  it('has every bidirectional control and mark taken out, at every level', async () => {
    const all = [...CONTROLS, ...MARKS].join('');
    const fragment = await fragmentOf({
      organisation: `Northshire${all} Trust`,
      engagementLead: { name: `\u202eSam Lewis\u202c`, phone: `0161\u2066 496\u2069 0002` },
      incidentDate: { approximate: `early\u200f March` },
      scope: `Rhys\u061c's care`,
    });
    expect(await decodeCaseLink(fragment)).toEqual({
      ok: true,
      version: LINK_VERSION,
      details: {
        organisation: 'Northshire Trust',
        engagementLead: { name: 'Sam Lewis', phone: '0161 496 0002' },
        incidentDate: { approximate: 'early March' },
        scope: "Rhys's care",
      },
    });
  });
});
