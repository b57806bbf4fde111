import { useState } from 'preact/hooks';
import type { Locale } from '~/i18n/locales';
import type { TouchpointId } from '~/core/cases/touchpoints';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { CaseViewProps } from '~/team/view-props';
import { StageChecklist } from './StageChecklist';

/** One stage from the team's side: what to do and record, and the touchpoints with their dates; prints on one page. */
export function StageView(props: CaseViewProps & { stage: number }) {
  const { t, stored, stage, checklists } = props;
  const { record } = stored;
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const title = checklists.stages.find((s) => s.stage === stage)?.title ?? '';
  return props.page({
    heading: t('checklist:heading', { number: stage, title }),
    ownHeading: true,
    errors,
    back: { view: 'case', caseId: record.id },
    children: (
      <>
        <StageChecklist
          checklists={checklists}
          stage={stage}
          t={t}
          locale={props.locale as Locale}
          lang={props.lang}
          dates={record.touchpoints}
          onDates={(dates) => {
            const touchpoints = { ...record.touchpoints };
            for (const [id, date] of Object.entries(dates) as [TouchpointId, string | undefined][]) {
              if (date) touchpoints[id] = date;
              else delete touchpoints[id];
            }
            props.save({ ...record, touchpoints });
          }}
          onErrors={setErrors}
          level={1}
          headingRef={props.headingRef}
        />
        <p class="ltw-no-print">{t('investigator:stageView.intro')}</p>
        <button type="button" class="ltw-button ltw-button--secondary ltw-no-print" onClick={() => print()}>
          {t('investigator:stageView.print')}
        </button>
      </>
    ),
  });
}
