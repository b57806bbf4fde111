import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { LOCALES } from '~/i18n/locales';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { FamilyMemberView } from '~/team/family/FamilyView';
import { caseViewProps, familyMember } from '../../helpers/case-view';
import { completeFamily } from '../../fixtures/answers/complete-family';

/*
 * The team reads the interpreting need in its own language: the language the family typed, in any script,
 * shown as "label: value" exactly as typed, isolated so it cannot reorder the label around it.
 */
const now = new Date('2026-12-04T12:00:00Z');

function viewIn(locale: 'cy' | 'ur' | 'pl' | 'en', note: string) {
  const t = createFormatter(LOCALES[locale].lang, investigatorMessages(locale));
  const answers = { ...completeFamily, 'communication-support': { choices: ['spoken-interpreter'], note } };
  const record: CaseRecord = { ...newCase(now), families: [familyMember('member01', answers, now)] };
  const props = caseViewProps(record, t, LOCALES[locale].lang);
  const { container } = render(<FamilyMemberView {...props} familyId="member01" />);
  return { container, label: t('wizard:questions.communication-support.noteShort') };
}

describe("the interpreting need in the team's view", () => {
  it.each([
    ['cy', 'Polski (gwara śląska)'],
    ['ur', 'Polski (gwara śląska)'],
    ['pl', 'پنجابی (میرپوری)'],
    ['en', 'پنجابی (میرپوری)'],
  ] as const)('in %s shows "%s" as label: value, isolated, in a line that finds its own direction', (locale, note) => {
    const { container, label } = viewIn(locale, note);
    const lines = [...container.querySelectorAll('.ltw-answer-text')].filter((el) => el.textContent?.includes(note));
    expect(lines.map((el) => el.textContent)).toEqual([`${label}: \u2068${note}\u2069`]);
    expect(lines[0]!.getAttribute('dir')).toBe('auto');
  });
});
