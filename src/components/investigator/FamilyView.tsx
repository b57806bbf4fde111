import { familyView } from '../../cases/family-view';
import { familyAnswers } from '../../cases/record';
import { personLabel } from '../../cases/person-label';
import type { CaseViewProps } from './InvestigatorApp';
import { FamilyAnswersView } from './FamilyAnswersView';

/** What one family member told the team: their needs, contact wishes, people, and questions; private ones marked. */
export function FamilyView(props: CaseViewProps & { familyId: string }) {
  const { t, stored, familyId, lang } = props;
  const { record } = stored;
  const index = record.families.findIndex((f) => f.id === familyId);
  const saved = index >= 0 ? familyAnswers(record.families[index]) : undefined;
  const back = { view: 'case' as const, caseId: record.id };
  if (!saved)
    return props.page({ heading: t('investigator:missing.title'), back, children: <p>{t('investigator:missing.family')}</p> });
  const name = personLabel(saved, index, t);
  return props.page({
    heading: t('investigator:familyView.title', { name }),
    back,
    children: (
      <>
        <p>{t('investigator:familyView.intro')}</p>
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
