import { fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaseSchedule } from '~/team/case/CaseSchedule';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { createEnvelope } from '~/core/store';
import { newCase, type CaseRecord, type FamilyMember } from '~/core/cases/record';
import type { CaseViewProps } from '~/team/view-props';

const download = vi.hoisted(() => vi.fn((_file: string, _events: unknown[]) => Promise.resolve()));
vi.mock('~/browser/calendar-file', async (original) => ({
  ...(await original<typeof import('~/browser/calendar-file')>()),
  downloadCalendar: download,
}));

const t = createFormatter('en-GB', investigatorMessages('en'));

const member = (id: string, answers: Record<string, unknown>): FamilyMember => ({
  id,
  importedAt: '2026-11-01T10:00:00.000Z',
  fileCreatedAt: '2026-11-01T10:00:00.000Z',
  envelope: createEnvelope({ answers, skipped: [], stageMarks: {}, position: 'hub' }, new Date('2026-11-01T10:00:00Z')),
});

function renderSchedule(changes: Partial<CaseRecord>) {
  const record = { ...newCase(new Date()), id: 'case-1234', ...changes };
  const props = {
    t,
    lang: 'en-GB',
    stored: { ok: true, record, mode: 'local', savedAt: '' },
    checklists: { stages: [] },
    link: () => ({ href: '#log', onClick: () => {} }),
  } as unknown as CaseViewProps;
  return render(<CaseSchedule {...props} />).container;
}

const texts = (container: Element, selector: string) =>
  [...container.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/[\u2066-\u2069]/g, ''));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T12:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
  download.mockClear();
});

describe("the case's updates to the family", () => {
  const log = [{ id: 'log-call', date: '2026-12-02', method: 'phone' as const, who: 'Sam', summary: '' }];

  it('names each family member with their own next update, soonest first, and one who has not said why', () => {
    const container = renderSchedule({
      setup: { answers: { reference: 'PSII-2026-0142' }, skipped: [] },
      families: [
        member('member-owen', { 'your-name': 'Owen Dŵr', 'update-frequency': { choice: 'monthly' } }),
        member('member-sian', { 'your-name': 'Siân Dŵr', 'update-frequency': { choice: 'weekly' } }),
        member('member-third', {}),
      ],
      log,
    });
    expect(texts(container, '[data-member]')).toEqual([
      'Siân Dŵr: next update due on 9 December 2026They asked for an update every week.',
      'Owen Dŵr: next update due on 2 January 2027They asked for an update every month.',
      "Family member 3's answers file does not say how often they would like an update. When a newer file does, the date of the next one will show here.",
    ]);
    expect(container.querySelector('section')?.dataset.nextUpdate).toBe('due');
    expect(container.textContent).toContain('The last contact in the log was on 2 December 2026.');
    expect(texts(container, '.ltw-dates__what').slice(3)).toEqual([
      'Next update to Siân Dŵr: 9 December 2026',
      'Next update to Owen Dŵr: 2 January 2027',
    ]);
  });

  it("names each calendar file by the member, and keeps names out of the event's title", async () => {
    const container = renderSchedule({
      setup: { answers: { reference: 'PSII-2026-0142' }, skipped: [] },
      families: [member('member-sian', { 'your-name': 'Siân Dŵr', 'update-frequency': { choice: 'weekly' } })],
      log,
    });
    fireEvent.click(container.querySelector('[data-date="2026-12-09"] button')!);
    expect(download).toHaveBeenCalledWith('next-update-to-sian-dwr-2026-12-09', [
      {
        uid: 'case-1234-next-update-member-sian-2026-12-09@learn-together-wizard',
        date: '2026-12-09',
        title: 'Update due to the family (PSII-2026-0142)',
      },
    ]);
  });

  it('says plainly when an update has passed, and when the rhythm is their own words', () => {
    const container = renderSchedule({
      families: [
        member('member-own', { 'update-frequency': { choice: 'other', other: 'After each meeting' } }),
        member('member-late', { 'your-name': 'Gareth', 'update-frequency': { choice: 'weekly' } }),
      ],
      log: [{ ...log[0]!, date: '2026-11-20' }],
    });
    expect(container.querySelector('section')?.dataset.nextUpdate).toBe('overdue');
    expect(texts(container, '[data-member]')).toEqual([
      'Gareth: the update was due on 27 November 2026They asked for an update every week.',
      'Family member 1 asked for updates in their own words, so there is no date to show. Agree a date with them.They said: After each meeting',
    ]);
    expect(container.querySelector('.ltw-inset a')?.textContent).toBe('Go to the contact log');
    expect(container.querySelector('[data-date]')).toBeNull();
  });

  it('says what would show a date before any family member is added', () => {
    const container = renderSchedule({ log });
    expect(container.querySelector('[data-member]')).toBeNull();
    expect(container.textContent).toContain(
      "When a family member's answers file says how often they would like an update",
    );
  });
});
