import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { encodeCaseLink, type CaseDetails } from '~/core/formats';
import type { Page } from 'playwright-core';

const baseUrl = inject('baseUrl');
const session = browserSession({ viewport: { width: 1024, height: 900 } });

const contact = (name: string, role: string, phone: string) => ({
  name,
  role,
  phone,
  email: `${name.split(' ').at(-1)!.toLowerCase()}@nhs.example`,
  hours: 'Monday to Thursday, 8am to 4pm; Fridays by email',
});

/** A full case: every contact, and what the review will look at in a long paragraph (600 characters). */
const DETAILS: CaseDetails = {
  organisation: 'Example NHS Foundation Trust',
  reference: 'PSII-2026-0142',
  reviewType: 'Patient safety incident investigation',
  engagementLead: contact('Sam Lewis', 'Family liaison officer', '0161 496 0002'),
  leadInvestigator: contact('Dr Amara Okafor', 'Lead investigator', '0161 496 0001'),
  deputy: contact('Jo Price', 'Patient safety lead', '0161 496 0003'),
  outOfHours: { name: 'Hospital switchboard', phone: '0161 496 0000', hours: 'Evenings and weekends' },
  scope: 'The care Rhys had on the ward on 3 and 4 March, and how the team noticed he was getting worse. '.repeat(6),
  timescales: 'We expect to share a draft report with you around the end of June, and to meet you before then.',
  commentDays: 28,
  reviewDate: 'After our first meeting',
};

/** The RGBA pixels of a P6 PPM, as jsQR wants them. */
function readPpm(bytes: Buffer) {
  const header = bytes
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a P6 PPM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const rgb = bytes.subarray(whole.length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) rgba.set([rgb[j]!, rgb[j + 1]!, rgb[j + 2]!, 255], i * 4);
  return { rgba, width, height };
}

/** What the letter's QR code holds: its SVG drawn on a canvas in the page, read back by jsQR. */
async function qrText(page: Page, nth = 0): Promise<string | undefined> {
  const side = 480;
  const pixels = await page.evaluate(
    async ([index, size]) => {
      const svg = document.querySelectorAll('[data-letter] .ltw-letter__qr svg')[index]!;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      return Array.from(context.getImageData(0, 0, size, size).data);
    },
    [nth, side] as const,
  );
  return jsQR(Uint8ClampedArray.from(pixels), side, side)?.data;
}

async function openLetter(fragment: string) {
  const page = await session.page();
  const offSite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseUrl) && !/^(blob|data):/.test(r.url())) offSite.push(r.url());
  });
  await page.goto(new URL(`/en/investigator/letter/#${fragment}`, baseUrl).href);
  return { page, offSite };
}

describe('the letter for the family', () => {
  it('prints on one A4 page with a QR code that reads back as the family link, and the details in plain text', async () => {
    const link = await encodeCaseLink(DETAILS);
    if (!link.ok) throw new Error(link.error);
    const { page, offSite } = await openLetter(link.fragment);
    await page.waitForSelector('[data-letter] svg');
    expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    const familyUrl = new URL(`/en/from-your-team/#${link.fragment}`, baseUrl).href;
    // No family is asked to type the long link: the letter gives the site's short address instead.
    expect(await page.locator('[data-letter-address]').innerText()).toBe(`${new URL(baseUrl).host}/en/from-your-team/`);
    expect(await page.locator('[data-letter]').innerText()).not.toContain(link.fragment.slice(0, 20));
    expect(await page.locator('[data-letter]').innerText()).toContain('ask Sam Lewis to text or email it to you');
    expect(await qrText(page)).toBe(familyUrl);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'ltw-letter-'));
    writeFileSync(join(dir, 'letter.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', join(dir, 'letter.pdf'), join(dir, 'page')]);
    const ppm = readdirSync(dir).find((f) => f.endsWith('.ppm'))!;
    const { rgba, width, height } = readPpm(readFileSync(join(dir, ppm)));
    expect(jsQR(rgba, width, height)?.data).toBe(familyUrl);

    const text = execFileSync('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-'], { encoding: 'utf8' });
    for (const expected of ['0161 496 0002', 'PSII-2026-0142', 'Hospital switchboard', 'Dear', '28 days', 'Sam Lewis'])
      expect(text).toContain(expected);
    expect(text).toContain('anyone who has the link can read them');
    expect(text).not.toContain(link.fragment.slice(0, 20));
    expect(offSite).toEqual([]);
  });

  it("always matches the address it was opened with: case A's letter, then case B's address pasted in, gives B's letter and QR code", async () => {
    const a = await encodeCaseLink(DETAILS);
    const b = await encodeCaseLink({
      organisation: 'Southshire NHS Trust',
      reference: 'PSII-2026-0999',
      engagementLead: { name: 'Jo Price', phone: '0161 496 0009' },
    });
    if (!a.ok || !b.ok) throw new Error('links not made');
    const { page } = await openLetter(a.fragment);
    await page.waitForSelector('[data-letter] svg');
    expect(await qrText(page)).toBe(new URL(`/en/from-your-team/#${a.fragment}`, baseUrl).href);
    // Pasting B's address changes only the part after '#': the page is not loaded again.
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    await page.goto(new URL(`/en/investigator/letter/#${b.fragment}`, baseUrl).href);
    await page.waitForSelector('[data-letter] :text("PSII-2026-0999")');
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const letter = await page.locator('[data-letter]').innerText();
    expect(letter).toContain('Southshire NHS Trust');
    expect(letter).toContain('Jo Price');
    expect(letter).not.toContain('Sam Lewis');
    expect(letter).not.toContain('PSII-2026-0142');
    expect(await qrText(page)).toBe(new URL(`/en/from-your-team/#${b.fragment}`, baseUrl).href);
    // And a broken address after that shows no letter at all, not B's.
    await page.goto(new URL(`/en/investigator/letter/#${b.fragment.slice(0, 30)}`, baseUrl).href);
    await page.waitForSelector('[data-letter-error="truncated"]');
    expect(await page.locator('[data-letter]').count()).toBe(0);
  });

  it('a damaged letter link says what is wrong, and makes no letter', async () => {
    const link = await encodeCaseLink(DETAILS);
    if (!link.ok) throw new Error(link.error);
    for (const [fragment, error] of [
      [link.fragment.slice(0, 40), 'truncated'],
      ['', 'empty'],
      [`${link.fragment.slice(0, 10)}*${link.fragment.slice(11)}`, 'not-base64'],
      [`${link.fragment.slice(0, 10)}${link.fragment[10] === 'x' ? 'y' : 'x'}${link.fragment.slice(11)}`, 'changed'],
    ] as const) {
      const { page } = await openLetter(fragment);
      await page.waitForSelector(`[data-letter-error="${error}"]`);
      expect(await page.locator('[data-letter]').count()).toBe(0);
      expect(describeViolations((await runAxe(page)).violations)).toEqual([]);
    }
  });
});
