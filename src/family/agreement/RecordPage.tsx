import { useState } from 'preact/hooks';
import { Checkbox } from '~/ui/form/Checkbox';
import { buildRecordModel } from '~/core/agreement/documents';
import { matchSignposts } from '~/core/journey/signposts';
import { AgreementView } from '~/ui/agreement/AgreementView';
import type { AgreementPageProps } from './AgreementPage';
import { DocumentActions } from './DocumentActions';
import { useSavedTeam } from '~/family/link/use-saved-team';
import { pageLink } from '~/ui/page-props';
import type { KeysUnder } from '~/core/words/translate';

/**
 * The record a family keeps: one document (HTML to read and print, a tagged PDF to send) with the
 * agreement, their questions, their comments and the replies, and the contacts. Private answers are
 * left out unless the family chose to put them on the team's copy and picks that copy here.
 */
export function RecordPage(props: AgreementPageProps) {
  const { context, t, locale, headingRef } = props;
  const team = useSavedTeam();
  const [largePrint, setLargePrint] = useState(false);
  const [withPrivate, setWithPrivate] = useState(false);
  const r = (key: KeysUnder<'agreement:recordPage.'>) => t(`agreement:recordPage.${key}`);
  const model = buildRecordModel(context.answers, {
    t,
    lang: locale,
    largePrint,
    now: new Date(),
    ...props.details,
    ...(team ? { caseDetails: team.fields } : {}),
    signposting: matchSignposts(props.signposts, context.answers),
    copy: withPrivate ? { for: 'team', includePrivate: true } : { for: 'family' },
    agreementMadeAt: context.agreementMadeAt,
  });
  return (
    <>
      <AgreementView model={model} headingRef={headingRef} progressive>
        <div class="ltw-agreement-actions">
          <p class="ltw-no-print">{r('intro')}</p>
          <div class="ltw-choices ltw-choices--small">
            <Checkbox
              id="record-large-print"
              label={t('agreement:page.largePrint')}
              checked={largePrint}
              onChange={setLargePrint}
            />
            {context.privateOnTeamCopy && (
              <Checkbox
                id="record-private"
                label={r('private')}
                hint={r('privateHint')}
                checked={withPrivate}
                onChange={setWithPrivate}
              />
            )}
          </div>
          <DocumentActions model={model} t={t} createPdf={props.createPdf} idPrefix="record" printLabel={r('print')} />
          <p class="ltw-no-print">{r('answersFile')}</p>
        </div>
      </AgreementView>
      <div class="ltw-agreement-links ltw-no-print">
        <p>
          <a {...pageLink(props, { page: 'comments' })}>{r('commentsLink')}</a>
        </p>
        <p>
          <a {...pageLink(props, { page: 'task-list' })}>{r('backToTasks')}</a>
        </p>
      </div>
    </>
  );
}
