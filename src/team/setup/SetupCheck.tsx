import { useState } from 'preact/hooks';
import { caseDetailsFromAnswers } from '~/core/cases/case-details-from-answers';
import { caseSetup } from '~/core/cases/setup-journey';
import { formatDate } from '~/core/questions/date/rules';
import type { QuestionWords } from '~/core/questions/question-words';
import { makeFamilyLink } from '~/team/case-files';
import type { WizardContext, WizardEvent } from '~/core/journey/machine';
import { encodePosition } from '~/core/journey/position';
import { SummaryList } from '~/ui/answers/SummaryList';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import type { CaseViewProps } from '~/team/view-props';

interface Props extends CaseViewProps {
  context: WizardContext;
  words: QuestionWords;
  send: (event: WizardEvent) => void;
}

/** Check the case details, then make the family link from them (nothing leaves this device). */
export function SetupCheck(props: Props) {
  const { t, context, words, stored, lang } = props;
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const caseId = stored.record.id;
  const fail = (problem: 'organisation' | 'too-long' | 'wrong-shape') =>
    setErrors([
      {
        href: problem === 'organisation' ? '#change-organisation' : '#make-link',
        text: t(`investigator:check.errors.${problem}`),
      },
    ]);
  return props.page({
    heading: t('investigator:check.title'),
    caption: t('investigator:setup.caption'),
    errors,
    back: { view: 'setup', caseId, step: caseSetup.steps.at(-1)!.id },
    children: (
      <>
        <p>{t('investigator:check.intro')}</p>
        <SummaryList
          questions={[...caseSetup.steps]}
          context={context}
          words={words}
          t={t}
          hrefFor={(p) => props.hrefFor({ view: 'setup', caseId, step: encodePosition(p) })}
          onChange={(step) => props.send({ type: 'CHANGE', step })}
        />
        <span id="change-organisation" tabIndex={-1} />
        <p>{t('investigator:check.linkIntro')}</p>
        <button
          type="button"
          id="make-link"
          class="ltw-button"
          onClick={async () => {
            const details = caseDetailsFromAnswers(context.answers, (date) => formatDate(date, t, lang));
            if (!details.organisation) return fail('organisation');
            const link = await makeFamilyLink(details);
            if (!link.ok) return fail(link.error);
            props.save({ ...stored.record, linkMadeAt: new Date().toISOString() });
            props.go({ view: 'case', caseId });
          }}
        >
          {t(stored.record.linkMadeAt ? 'investigator:check.saveLink' : 'investigator:check.makeLink')}
        </button>
      </>
    ),
  });
}
