import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ComponentChildren } from 'preact';
import { createFormatter } from '~/i18n/messages';
import { investigatorMessages } from '~/i18n/investigator-resources';
import { LOCALES } from '~/i18n/locales';
import { newCase, type CaseRecord } from '~/core/cases/record';
import { createEnvelope } from '~/core/store/answers-envelope';
import { FamilyMemberView } from '~/team/family/FamilyView';
import type { CaseViewProps } from '~/team/view-props';
import { completeFamily } from '../../fixtures/answers/complete-family';

/*
 * The team reads the interpreting need in its own language: the language the family typed, in any script,
 * shown as "label: value" exactly as typed, isolated so it cannot reorder the label around it.
 */
const now = new Date('2026-12-04T12:00:00Z');

function viewIn(locale: 'cy' | 'ur' | 'pl' | 'en', note: string) {
  const t = createFormatter(LOCALES[locale].lang, investigatorMessages(locale));
  const answers = { ...completeFamily, 'communication-support': { choices: ['spoken-interpreter'], note } };
  const record: CaseRecord = {
    ...newCase(now),
    families: [
      {
        id: 'member01',
        importedAt: now.toISOString(),
        fileCreatedAt: now.toISOString(),
        envelope: createEnvelope({ answers, skipped: [], stageMarks: {}, position: 'hub' }, now),
      },
    ],
  };
  const props = {
    t,
    lang: LOCALES[locale].lang,
    workingAs: 'Sam Patel',
    stored: { ok: true, record, mode: 'tab', savedAt: '' },
    headingRef: { current: null },
    link: () => ({ href: '#' }),
    page: ({ heading, children }: { heading: string; children: ComponentChildren }) => (
      <main>
        <h1>{heading}</h1>
        {children}
      </main>
    ),
    save: () => true,
  } as unknown as CaseViewProps;
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
