import { familyView } from '~/core/cases/family-view';
import { FamiliesSideBySide } from './FamiliesSideBySide';
import { familyAnswers } from '~/core/cases/record';
import { personLabel } from '~/core/cases/person-label';
import type { CaseViewProps } from '~/team/view-props';
import { FamilyAnswersView } from './FamilyAnswersView';
import { MemberSource } from '~/team/people/MemberSource';
import { dateFormat } from '~/core/text/text';

const longDate = (lang: string) => (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

/** What one family member told the team: their needs, contact wishes, people, and questions; private ones marked. */
export function FamilyMemberView(props: CaseViewProps & { familyId: string }) {
  const { t, stored, familyId, lang } = props;
  const { record } = stored;
  const index = record.families.findIndex((f) => f.id === familyId);
  const member = record.families[index];
  const saved = member ? familyAnswers(member) : undefined;
  const back = { view: 'case' as const, caseId: record.id };
  if (!saved)
    return props.page({
      heading: t('investigator:missing.title'),
      back,
      children: <p>{t('investigator:missing.family')}</p>,
    });
  const name = personLabel(saved, index, t);
  return props.page({
    heading: t('investigator:familyView.title', { name }),
    back,
    children: (
      <>
        <p>{t('investigator:familyView.intro')}</p>
        <MemberSource t={t} member={member!} when={longDate(lang)} />
        <FamilyAnswersView view={familyView(saved, { number: index + 1 })} t={t} lang={lang} level={2} />
        <p>
          <a class="ltw-link" {...props.link({ view: 'agreement', caseId: record.id, familyId })}>
            {t('investigator:home.familyAgreement')}
          </a>
        </p>
      </>
    ),
  });
}

/** Every family member's answers side by side, each person in their own card: never merged. */
export function FamiliesView(props: CaseViewProps) {
  const { t, stored, lang } = props;
  const { record } = stored;
  const views = record.families.map((member, index) => {
    const saved = familyAnswers(member);
    return saved ? familyView(saved, { number: index + 1 }) : undefined;
  });
  return props.page({
    heading: t('investigator:familyView.allTitle'),
    back: { view: 'case', caseId: record.id },
    children: (
      <FamiliesSideBySide
        views={views.filter((v) => v !== undefined)}
        t={t}
        lang={lang}
        level={2}
        notes={Object.fromEntries(
          record.families.map((member, index) => [
            index + 1,
            <MemberSource key={member.id} t={t} member={member} when={longDate(lang)} />,
          ]),
        )}
      />
    ),
  });
}
