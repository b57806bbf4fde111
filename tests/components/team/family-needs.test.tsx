import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { newCase, type CaseRecord } from '~/core/cases/record';
import type { Answers } from '~/core/journey/schema';
import { FamiliesView, FamilyMemberView } from '~/team/family/FamilyView';
import type { CaseViewProps } from '~/team/view-props';
import { caseViewProps, familyMember } from '../../helpers/case-view';
import { completeFamily, completeFamilyOther } from '../../fixtures/answers/complete-family';

const t = createFormatter('en-GB', investigatorMessages('en'));
const now = new Date('2026-12-04T12:00:00Z');
const plain = (el: Element | null) => (el?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

const member = (id: string, answers: Answers) => familyMember(id, answers, now);
const props = (record: CaseRecord): CaseViewProps => caseViewProps(record, t, 'en-GB');

const record = (): CaseRecord => ({
  ...newCase(now),
  families: [member('member01', completeFamily), member('member02', completeFamilyOther)],
});

describe("each family member's communication needs, first in the team's view", () => {
  it('side by side: each card opens on that person’s needs, and the living patient’s, before anything else', () => {
    const { container } = render(<FamiliesView {...props(record())} />);
    const cards = [...container.querySelectorAll('.ltw-families__card')];
    expect(cards).toHaveLength(2);
    const headings = (card: Element) => [...card.querySelectorAll('h3')].map((h) => plain(h));
    // Siân's son has died: her own needs only.
    expect(headings(cards[0]!).slice(0, 2)).toEqual(['Their communication needs', 'What they need to take part']);
    expect(headings(cards[1]!).slice(0, 3)).toEqual([
      'Their communication needs',
      "The patient's communication needs",
      'What they need to take part',
    ]);
    const first = plain(cards[0]!);
    expect(first).toContain('An interpreter for a spoken language');
    expect(first).toContain('Polish, for my husband Tomasz');
    const second = plain(cards[1]!);
    expect(second.indexOf('Large print')).toBeGreaterThan(-1);
    expect(second.indexOf('A British Sign Language (BSL) interpreter')).toBeLessThan(
      second.indexOf('What they need to take part'),
    );
  });

  it("one person's page opens on their communication needs too", () => {
    const { container } = render(<FamilyMemberView {...props(record())} familyId="member02" />);
    expect(plain(container.querySelector('h3'))).toBe('Their communication needs');
  });
});
