import { useEffect, useState } from 'preact/hooks';
import type { CaseClash } from '~/core/cases/case-merge';
import { takeTheirs } from '~/core/cases/case-copies';
import { caseFileName } from '~/core/cases/case-file-name';
import type { CaseRecord } from '~/core/cases/record';
import type { CaseDetails } from '~/core/formats/case-details';
import { dateFormat } from '~/core/text/text';
import { linkedFile, rememberFile, type CaseFileLink } from '~/browser/case-file-handles';
import { downloadCaseFile } from '~/team/case-files';
import {
  canUseDrive,
  rememberedPassphrase,
  saveToDrive,
  type DriveProblem,
  type DriveSave,
} from '~/team/drive/case-drive';
import { ClashChoices } from '~/team/drive/ClashChoices';
import { Checkbox } from '~/ui/form/Checkbox';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { Hint, describedBy } from '~/ui/form/Hint';
import { TextField } from '~/ui/form/TextField';
import type { CaseViewProps } from '~/team/view-props';

type Outcome =
  | { kind: 'none' | 'downloaded' | 'saving' }
  | { kind: 'saved'; name: string; at: string }
  | { kind: 'problem'; problem: DriveProblem }
  | (Extract<DriveSave, { kind: 'ask' }> & { chooseAgain: boolean });

/**
 * The whole case as a file: where the browser can (Edge, Chrome), a file on the trust's drive that it
 * saves to in place, merging what anyone else saved there; elsewhere, a download. A passphrase by default:
 * saving without one needs a reason. The passphrase is never written in the file or kept after the page.
 */
export function SaveCaseFile(props: CaseViewProps & { details: Partial<CaseDetails> }) {
  const { t, lang, stored, details } = props;
  const record = stored.record;
  const drive = canUseDrive();
  const [link, setLink] = useState<CaseFileLink>();
  const [passphrase, setPassphrase] = useState(() => rememberedPassphrase(record.id) ?? '');
  const [noPassphrase, setNoPassphrase] = useState(false);
  const [because, setBecause] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; because?: string }>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  useEffect(() => {
    if (!drive) return;
    void linkedFile(record.id).then((found) => {
      setLink(found);
      // Saved without a passphrase before: the same again unless the team types one.
      if (found?.noPassphraseBecause && !rememberedPassphrase(record.id)) {
        setNoPassphrase(true);
        setBecause(found.noPassphraseBecause);
      }
    });
  }, [drive, record.id]);
  const time = (iso: string) => dateFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const day = (iso: string) => dateFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

  const checked = () => {
    const found = {
      ...(!noPassphrase && !passphrase ? { passphrase: t('investigator:drive.errors.passphrase') } : {}),
      ...(noPassphrase && !because.trim() ? { because: t('investigator:drive.errors.because') } : {}),
    };
    setErrors(found);
    if (found.passphrase) document.getElementById('case-passphrase')?.focus();
    else if (found.because) document.getElementById('case-no-passphrase-because')?.focus();
    return !found.passphrase && !found.because;
  };

  const save = async (chooseAgain: boolean, resolved?: { record: CaseRecord; fingerprint: string }) => {
    setOutcome({ kind: 'saving' });
    const result = await saveToDrive({
      record: resolved?.record ?? record,
      details,
      passphrase: noPassphrase ? '' : passphrase,
      ...(noPassphrase ? { noPassphraseBecause: because.trim() } : {}),
      name: caseFileName(record, new Date().toISOString().slice(0, 10), t),
      chooseAgain,
      ...(resolved ? { resolved } : {}),
    });
    if (result.kind === 'problem') return setOutcome(result);
    if (result.kind === 'ask') return setOutcome({ ...result, chooseAgain });
    // What someone else saved in the file is now in the working copy too.
    let saved = result.link;
    if (JSON.stringify(result.record) !== JSON.stringify(record)) {
      props.save(result.record);
      saved = { ...saved, at: new Date().toISOString() };
      void rememberFile(saved);
    }
    setLink(saved);
    setOutcome({ kind: 'saved', name: saved.name, at: saved.at });
  };

  const since = link && record.changedAt > link.at;
  return (
    <section aria-labelledby="case-file-title" class="ltw-section ltw-no-print">
      <h2 id="case-file-title">{t('investigator:files.saveTitle')}</h2>
      <p>{t(drive ? 'investigator:drive.intro' : 'investigator:files.saveIntro')}</p>
      {link && (
        <p data-case-file-link>
          {t(
            link.at.slice(0, 10) === new Date().toISOString().slice(0, 10)
              ? 'investigator:drive.lastSavedToday'
              : 'investigator:drive.lastSaved',
            {
              name: link.name,
              time: time(link.at),
              date: day(link.at),
            },
          )}{' '}
          {since ? t('investigator:drive.changedSince') : ''}
        </p>
      )}
      <div class="ltw-content-note">
        <p>{t('investigator:files.saveWarning')}</p>
      </div>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!checked()) return;
          const chooseAgain = (event.submitter as HTMLButtonElement | null)?.value === 'elsewhere';
          if (drive) return save(chooseAgain);
          setOutcome({ kind: 'none' });
          await downloadCaseFile(
            record,
            details,
            noPassphrase ? '' : passphrase,
            caseFileName(record, new Date().toISOString().slice(0, 10), t),
          );
          setOutcome({ kind: 'downloaded' });
        }}
      >
        {!noPassphrase && (
          <div class={errors.passphrase ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
            <label class="ltw-label" for="case-passphrase">
              {t('investigator:drive.passphrase')}
            </label>
            <Hint id="case-passphrase-hint" text={t('investigator:drive.passphraseHint')} />
            <ErrorMessage id="case-passphrase-error" prefix={t('ui:errorPrefix')} text={errors.passphrase} />
            <input
              class={errors.passphrase ? 'ltw-input ltw-input--error' : 'ltw-input'}
              id="case-passphrase"
              type="password"
              autocomplete="new-password"
              aria-describedby={describedBy('case-passphrase-hint', errors.passphrase && 'case-passphrase-error')}
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </div>
        )}
        <div class="ltw-form-group">
          <div class="ltw-choices ltw-choices--small">
            <Checkbox
              id="case-no-passphrase"
              label={t('investigator:drive.noPassphrase')}
              checked={noPassphrase}
              onChange={setNoPassphrase}
            />
          </div>
          {noPassphrase && (
            <div class="ltw-choices__conditional">
              <div class="ltw-warning-text">
                <p>{t('investigator:drive.noPassphraseWarning')}</p>
              </div>
              <TextField
                id="case-no-passphrase-because"
                label={t('investigator:drive.because')}
                value={because}
                onInput={setBecause}
                error={errors.because}
                errorPrefix={t('ui:errorPrefix')}
                rows={2}
              />
            </div>
          )}
        </div>
        <div class="ltw-button-group">
          <button type="submit" class="ltw-button" value="here">
            {drive
              ? link
                ? t('investigator:drive.saveTo', { name: link.name })
                : t('investigator:drive.saveFirst')
              : t('investigator:files.save')}
          </button>
          {drive && link && (
            <button type="submit" class="ltw-button ltw-button--secondary" value="elsewhere">
              {t('investigator:drive.saveElsewhere')}
            </button>
          )}
        </div>
      </form>
      {outcome.kind === 'ask' && (
        <ClashChoices
          {...props}
          clashes={outcome.clashes}
          mine={record}
          theirs={outcome.theirs}
          onChoose={(theirsFor: CaseClash[]) => {
            const chosen = takeTheirs(outcome.merged, outcome.theirs, theirsFor);
            void save(outcome.chooseAgain, { record: chosen, fingerprint: outcome.fingerprint });
          }}
        />
      )}
      <div role="status">
        {outcome.kind === 'downloaded' && <p>{t('investigator:files.saved')}</p>}
        {outcome.kind === 'saving' && <p>{t('investigator:drive.saving')}</p>}
        {outcome.kind === 'saved' && (
          <p>{t('investigator:drive.saved', { name: outcome.name, time: time(outcome.at) })}</p>
        )}
      </div>
      <div role="alert">
        {outcome.kind === 'problem' && (
          <p class="ltw-error-message" data-drive-problem={outcome.problem}>
            {t(`investigator:drive.problems.${outcome.problem}`)}
          </p>
        )}
      </div>
    </section>
  );
}
