import type { ComponentChildren } from 'preact';
import type { CaseRecord } from '~/core/cases/record';
import type { Answers } from '~/core/journey/schema';
import { createEnvelope } from '~/core/store/answers-envelope';
import type { Translate } from '~/core/questions/types';
import type { CaseViewProps } from '~/team/view-props';

/** A family member's answers as the team's case keeps them once their file is opened, at `now`. */
export const familyMember = (id: string, answers: Answers, now: Date) => ({
  id,
  importedAt: now.toISOString(),
  fileCreatedAt: now.toISOString(),
  envelope: createEnvelope({ answers, skipped: [], stageMarks: {}, position: 'hub' }, now),
});

/** What the team's area gives a case's views, with this record held in the tab and a plain page around them. */
export function caseViewProps(record: CaseRecord, t: Translate, lang: string): CaseViewProps {
  return {
    t,
    lang,
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
}
