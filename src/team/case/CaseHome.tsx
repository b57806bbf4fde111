import { useEffect, useState } from 'preact/hooks';
import { caseDetailsFromAnswers } from '~/core/cases/case-details-from-answers';
import { caseTitle } from '~/core/cases/case-title';
import { familyAnswers } from '~/core/cases/record';
import { formatDate } from '~/core/questions/date/rules';
import { makeFamilyLink, readFamilyFile, type FamilyFileResult } from '~/team/case-files';
import { dateFormat } from '~/core/text/text';
import { personLabel } from '~/core/cases/person-label';
import type { CaseViewProps } from '~/team/view-props';
import { FileOpenForm } from './FileOpenForm';
import { familyPreview } from './family-preview';
import { SaveCaseFile } from './SaveCaseFile';
import { CaseSummaryDownloads } from './CaseSummaryDownloads';
import { CaseSchedule } from './CaseSchedule';
import { copyText } from '~/browser/copy-text';
import { STAGE_NUMBERS } from '~/core/journey/schema';
import { CaseOwner } from '~/team/people/CaseOwner';
import { MemberSource } from '~/team/people/MemberSource';

/** One case: the family link and letter, the stages, the contact log, the family members, and the case's file. */
export function CaseHome(props: CaseViewProps) {
  const { t, stored, link, lang } = props;
  const { record } = stored;
  const caseId = record.id;
  const details = caseDetailsFromAnswers(record.setup.answers, (date) => formatDate(date, t, lang));
  const [fragment, setFragment] = useState<string | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!record.linkMadeAt) return;
    void makeFamilyLink(details).then((r) => setFragment(r.ok ? r.fragment : 'error'));
  }, [JSON.stringify(details), record.linkMadeAt]);
  const familyUrl =
    typeof fragment === 'string' && fragment !== 'error'
      ? new URL(`${props.familyLinkPath}#${fragment}`, location.origin).href
      : '';
  const [checkedFamily, setCheckedFamily] = useState<FamilyFileResult | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const when = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const stageOf = (n: number) => props.checklists.stages.find((s) => s.stage === n);
  const recorded = (stage: number) =>
    (stageOf(stage)?.touchpoints ?? []).filter((tp) => record.touchpoints[tp.id]).length;

  return props.page({
    heading: caseTitle(record, t),
    caption: t(`investigator:cases.kept_${stored.mode}`),
    back: { view: 'cases' },
    children: (
      <>
        <section aria-labelledby="link-title" class="ltw-section">
          <h2 id="link-title">{t('investigator:home.linkTitle')}</h2>
          {!record.linkMadeAt ? (
            <p>
              <a class="ltw-link" {...link({ view: 'setup', caseId, step: 'check-case-setup' })}>
                {t('investigator:home.finishSetup')}
              </a>
            </p>
          ) : fragment === 'error' ? (
            <p class="ltw-error-message">{t('investigator:check.errors.too-long')}</p>
          ) : (
            <>
              <p>{t('investigator:home.linkIntro')}</p>
              <div class="ltw-form-group">
                <label class="ltw-label" for="family-link">
                  {t('investigator:home.linkLabel')}
                </label>
                <input class="ltw-input ltw-input--link" id="family-link" readOnly value={familyUrl} />
              </div>
              <div class="ltw-button-group">
                <button
                  type="button"
                  id="copy-link"
                  class="ltw-button"
                  disabled={!familyUrl}
                  onClick={async () => {
                    setCopied(null);
                    const field = document.getElementById('family-link') as HTMLInputElement | null;
                    setCopied((await copyText(familyUrl, field)) ? 'copied' : 'failed');
                  }}
                >
                  {t('investigator:home.copy')}
                </button>
                <a
                  class="ltw-button ltw-button--secondary"
                  href={familyUrl ? `${props.letterPath}#${fragment}` : undefined}
                >
                  {t('investigator:home.letter')}
                </a>
              </div>
              <p role="status" class="ltw-copy-status">
                {copied ? t(`investigator:home.${copied}`) : ''}
              </p>
            </>
          )}
          <p>
            <a class="ltw-link" {...link({ view: 'setup', caseId, step: 'check-case-setup' })}>
              {t('investigator:home.changeDetails')}
            </a>
          </p>
        </section>

        <CaseSchedule {...props} />

        <CaseOwner {...props} />

        <section aria-labelledby="stages-title" class="ltw-section">
          <h2 id="stages-title">{t('investigator:home.stagesTitle')}</h2>
          <ul class="ltw-task-links">
            {STAGE_NUMBERS.map((stage) => (
              <li key={stage}>
                <a class="ltw-link" {...link({ view: 'stage', caseId, stage })}>
                  {t('checklist:heading', { number: stage, title: stageOf(stage)?.title ?? '' })}
                </a>
                <span class="ltw-hint ltw-task-links__status">
                  {' '}
                  {t('investigator:home.touchpoints', {
                    count: recorded(stage),
                    total: stageOf(stage)?.touchpoints.length ?? 0,
                  })}
                </span>
              </li>
            ))}
            <li>
              <a class="ltw-link" {...link({ view: 'log', caseId })}>
                {t('investigator:home.log', { count: record.log.length })}
              </a>
            </li>
            <li>
              <a class="ltw-link" {...link({ view: 'comments', caseId })} id="comments-link">
                {t('investigator:home.comments')}
              </a>
            </li>
          </ul>
        </section>

        <section aria-labelledby="family-title" class="ltw-section">
          <h2 id="family-title">{t('investigator:home.familyTitle')}</h2>
          {record.families.length === 0 ? (
            <p>{t('investigator:home.noFamily')}</p>
          ) : (
            <ul class="ltw-family-list">
              {record.families.map((member, index) => {
                const saved = familyAnswers(member);
                const name = personLabel(saved, index, t);
                return (
                  <li key={member.id} class="ltw-family-list__item" data-family={member.id}>
                    <h3 class="ltw-family-list__name">{name}</h3>
                    <MemberSource t={t} member={member} when={when} />
                    <p>
                      <a class="ltw-link" {...link({ view: 'family', caseId, familyId: member.id })}>
                        {t('investigator:home.familyAnswers')}
                        <span class="ltw-visually-hidden"> ({name})</span>
                      </a>
                    </p>
                    <p>
                      <a class="ltw-link" {...link({ view: 'agreement', caseId, familyId: member.id })}>
                        {t('investigator:home.familyAgreement')}
                        <span class="ltw-visually-hidden"> ({name})</span>
                      </a>
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          {record.families.length > 1 && (
            <p>
              <a class="ltw-link" {...link({ view: 'families', caseId })}>
                {t('investigator:home.sideBySide')}
              </a>
            </p>
          )}
          <p class="ltw-no-print">
            <a class="ltw-link" {...link({ view: 'paper', caseId })} data-paper-link>
              {t('investigator:paper.link')}
            </a>
          </p>
          <FileOpenForm
            t={t}
            id="family-file"
            title={t('investigator:home.addFamily')}
            intro={t('investigator:home.addFamilyIntro')}
            useLabel={t('investigator:home.addFamilyUse')}
            usedText={t('investigator:home.addFamilyUsed')}
            check={async (text, passphrase) => {
              const result = await readFamilyFile(text, passphrase);
              setCheckedFamily(result);
              return result.ok ? familyPreview(result, record, details.reference, t, when) : result;
            }}
            use={() =>
              checkedFamily?.ok
                ? props.save({
                    ...record,
                    families: [...record.families, { ...checkedFamily.member, addedBy: props.workingAs }],
                  })
                : false
            }
          />
        </section>

        <SaveCaseFile {...props} details={details} />

        <CaseSummaryDownloads {...props} />

        <section aria-labelledby="delete-title" class="ltw-section ltw-no-print">
          <h2 id="delete-title">{t('investigator:home.deleteTitle')}</h2>
          <p>{t('investigator:home.deleteIntro')}</p>
          {confirmDelete ? (
            <div class="ltw-warning-text" role="group" aria-labelledby="delete-confirm">
              <p id="delete-confirm">{t('investigator:home.deleteConfirm')}</p>
              <div class="ltw-button-group">
                <button
                  type="button"
                  class="ltw-button ltw-button--warning"
                  onClick={() => {
                    props.remove();
                    props.go({ view: 'cases' }, true);
                  }}
                >
                  {t('investigator:home.deleteYes')}
                </button>
                <button type="button" class="ltw-button ltw-button--secondary" onClick={() => setConfirmDelete(false)}>
                  {t('investigator:home.deleteNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="ltw-button ltw-button--warning" onClick={() => setConfirmDelete(true)}>
              {t('investigator:home.delete')}
            </button>
          )}
        </section>
      </>
    ),
  });
}
