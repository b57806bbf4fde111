import type { InvestigatorChecklists } from '../../content/data-schemas';
import type { TouchpointId } from '../../cases/touchpoints';
import type { Locale } from '../../i18n/locales';
import type { CaseViewProps } from './InvestigatorApp';
import { StageChecklist } from './StageChecklist';

/** One stage from the team's side: what to do and record, and the touchpoints with their dates; prints on one page. */
export function StageView(props: CaseViewProps & { stage: number }) {
  const { t, stored, stage } = props;
  const { record } = stored;
  const checklists = JSON.parse(props.checklists) as InvestigatorChecklists;
  return props.page({
    heading: t(`investigator:stages.${stage}`),
    back: { view: 'case', caseId: record.id },
    children: (
      <>
        <p class="ltw-no-print">{t('investigator:stageView.intro')}</p>
        <StageChecklist
          checklists={checklists}
          stage={stage}
          t={t}
          locale={props.locale as Locale}
          lang={props.lang}
          dates={record.touchpoints as Partial<Record<TouchpointId, string>>}
          onDate={(id, date) => {
            const touchpoints = { ...record.touchpoints };
            if (date) touchpoints[id] = date;
            else delete touchpoints[id];
            props.save({ ...record, touchpoints });
          }}
          level={2}
        />
        <button type="button" class="ltw-button ltw-button--secondary ltw-no-print" onClick={() => print()}>
          {t('investigator:stageView.print')}
        </button>
        <p class="ltw-no-print">
          <a class="ltw-link" href={`${props.guidanceUrl}${stage}-${GUIDANCE_SLUGS[stage - 1]}/`}>
            {t('investigator:stageView.guidance')}
          </a>
        </p>
      </>
    ),
  });
}

const GUIDANCE_SLUGS = [
  'understanding-you',
  'agreeing-how-you-work-together',
  'giving-and-getting-information',
  'checking-and-finalising-the-report',
  'next-steps',
];
