import { useState } from 'preact/hooks';
import { buildAgreementModel } from '~/core/agreement/build-model';
import { caseDetailsFromAnswers } from '~/core/cases/case-details-from-answers';
import { familyAnswers, newId, type AgreementVersion } from '~/core/cases/record';
import { personLabel } from '~/core/cases/person-label';
import { clashingNumbers, nextNumber, versionsFor } from '~/core/cases/versions';
import { agreementFields, type CaseDetails } from '~/core/formats/case-details';
import { formatDate } from '~/core/questions/date/rules';
import { dateFormat } from '~/core/text/text';
import { downloadAgreementPdf } from '~/browser/pdf-download';
import { ScriptFilesUnavailable } from '~/browser/script-files-unavailable';
import { downloadAgreementWord } from '~/browser/word-download';
import { WordDownload } from '~/ui/agreement/WordDownload';
import { AgreementView } from '~/ui/agreement/AgreementView';
import { RadioItems } from '~/ui/form/RadioItems';
import type { CaseViewProps } from '~/team/view-props';
import type { SummaryError } from '~/ui/form/ErrorSummary';
import { recordAgreed } from '~/core/cases/authorship';
import { AgreedForm } from './AgreedForm';
import { VersionAuthors } from './VersionAuthors';

type Made =
  | { state: 'idle' | 'creating' | 'fetchingFonts' | 'ready' | 'failed' | 'fontsUnavailable' }
  | { state: 'undrawable'; words: string[] };

/**
 * One family member's agreement, made with the team from both sides: their answers and the case's
 * details. Each version is numbered and dated and kept as it was made, so earlier ones stay readable.
 */
export function AgreementVersionsView(props: CaseViewProps & { familyId: string; versionId?: string }) {
  const { t, stored, familyId, lang, link } = props;
  const { record } = stored;
  const index = record.families.findIndex((f) => f.id === familyId);
  const member = record.families[index];
  const [copy, setCopy] = useState<'family' | 'team'>('family');
  const [pdf, setPdf] = useState<Made>({ state: 'idle' });
  const [errors, setErrors] = useState<readonly SummaryError[]>([]);
  const back = { view: 'case' as const, caseId: record.id };
  if (!member)
    return props.page({
      heading: t('investigator:missing.title'),
      back,
      children: <p>{t('investigator:missing.family')}</p>,
    });
  const name = personLabel(familyAnswers(member), index, t);
  const versions = versionsFor(record.versions, familyId);
  const shown = versions.find((v) => v.id === props.versionId) ?? versions[0];
  const clashes = clashingNumbers(record.versions, familyId);
  const day = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

  const makeVersion = () => {
    const details = caseDetailsFromAnswers(record.setup.answers, (date) => formatDate(date, t, lang));
    const version: AgreementVersion = {
      id: newId(),
      number: nextNumber(record.versions, familyId),
      madeAt: new Date().toISOString(),
      familyId,
      details,
      envelope: member.envelope,
      madeBy: props.workingAs,
    };
    props.save({ ...record, versions: [...record.versions, version] });
    props.go({ view: 'agreement', caseId: record.id, familyId, versionId: version.id }, true);
  };

  const model = shown ? modelOf(shown, copy, props) : undefined;
  return props.page({
    heading: t('investigator:agreement.title', { name }),
    back,
    errors,
    children: (
      <>
        <p>{t('investigator:agreement.intro')}</p>
        {clashes.length > 0 && (
          <div class="ltw-version-conflict" data-version-conflict>
            <h2>{t('investigator:agreement.conflictTitle')}</h2>
            <p>{t('investigator:agreement.conflict', { numbers: clashes.join(', ') })}</p>
          </div>
        )}
        <button type="button" class="ltw-button ltw-no-print" onClick={makeVersion}>
          {t('investigator:agreement.make', { number: nextNumber(record.versions, familyId) })}
        </button>
        {versions.length > 0 && (
          <>
            <h2 class="ltw-no-print">{t('investigator:agreement.versions')}</h2>
            <ul class="ltw-version-list ltw-no-print">
              {versions.map((v) => (
                <li key={v.id} class="ltw-version-list__item">
                  {v.id === shown?.id ? (
                    <strong aria-current="page">
                      {t('investigator:agreement.versionLine', { number: v.number, date: day(v.madeAt) })}
                    </strong>
                  ) : (
                    <a class="ltw-link" {...link({ view: 'agreement', caseId: record.id, familyId, versionId: v.id })}>
                      {t('investigator:agreement.versionLine', { number: v.number, date: day(v.madeAt) })}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {shown && (
          <section aria-labelledby="version-about" class="ltw-section" data-version-about>
            <h2 id="version-about">{t('investigator:people.versionAbout', { number: shown.number })}</h2>
            <VersionAuthors t={t} lang={lang} version={shown} />
            <p class="ltw-no-print">{t('investigator:people.namesNote')}</p>
            <AgreedForm
              key={shown.id}
              t={t}
              version={shown}
              onErrors={setErrors}
              onSave={(agreed) => props.save(recordAgreed(record, shown.id, agreed, props.workingAs, new Date()))}
            />
          </section>
        )}
        {model && (
          <>
            <fieldset class="ltw-fieldset ltw-no-print">
              <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">
                {t('investigator:agreement.whichCopy')}
              </legend>
              <RadioItems
                name="copy"
                small
                options={(['family', 'team'] as const).map((id) => ({
                  id,
                  label: t(`investigator:agreement.copy_${id}`),
                }))}
                value={copy}
                onChange={(id) => setCopy(id as 'family' | 'team')}
              />
            </fieldset>
            <div class="ltw-button-group ltw-no-print">
              <button type="button" class="ltw-button ltw-button--secondary" onClick={() => print()}>
                {t('investigator:agreement.print')}
              </button>
              <button
                type="button"
                class="ltw-button ltw-button--secondary"
                onClick={async () => {
                  if (pdf.state === 'creating' || pdf.state === 'fetchingFonts') return;
                  setPdf({ state: 'creating' });
                  try {
                    const outcome = await downloadAgreementPdf(model, () => setPdf({ state: 'fetchingFonts' }));
                    setPdf(outcome.ok ? { state: 'ready' } : { state: 'undrawable', words: outcome.undrawable });
                  } catch (error) {
                    setPdf({ state: error instanceof ScriptFilesUnavailable ? 'fontsUnavailable' : 'failed' });
                  }
                }}
              >
                {t('agreement:page.downloadPdf')}
              </button>
            </div>
            <p role="status" class="ltw-no-print">
              {pdf.state === 'creating' ? t('agreement:page.creatingPdf') : ''}
              {pdf.state === 'fetchingFonts' ? t('investigator:agreement.pdfFetchingFonts') : ''}
              {pdf.state === 'ready' ? t('investigator:agreement.pdfReady') : ''}
              {pdf.state === 'failed' ? t('investigator:agreement.pdfFailed') : ''}
              {pdf.state === 'fontsUnavailable' ? t('investigator:agreement.pdfFontsUnavailable') : ''}
              {pdf.state === 'undrawable'
                ? t('investigator:agreement.pdfUndrawable', {
                    words: new Intl.ListFormat(model.lang, { type: 'unit' }).format(pdf.words),
                  })
                : ''}
            </p>
            <div class="ltw-no-print">
              <WordDownload model={model} t={t} download={downloadAgreementWord} />
            </div>
            <AgreementView model={model} nested />
          </>
        )}
      </>
    ),
  });
}

function modelOf(version: AgreementVersion, copy: 'family' | 'team', props: CaseViewProps) {
  const saved = familyAnswers(version);
  const answers = saved?.answers ?? {};
  const details = version.details as Partial<CaseDetails>;
  return buildAgreementModel(answers, {
    t: props.t,
    lang: props.lang,
    organisation: details.organisation ?? props.organisation,
    pals: props.pals,
    supportUrl: new URL(props.supportUrl, location.origin).href,
    caseDetails: details.organisation ? agreementFields(details as CaseDetails) : undefined,
    now: new Date(version.madeAt),
    largePrint: false,
    copy: copy === 'team' ? { for: 'team', includePrivate: saved?.privateOnTeamCopy ?? false } : { for: 'family' },
    version: version.number,
  });
}
