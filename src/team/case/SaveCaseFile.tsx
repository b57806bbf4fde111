import { useState } from 'preact/hooks';
import type { CaseDetails } from '~/core/formats/case-details';
import { downloadCaseFile } from '~/team/case-files';
import { Hint } from '~/ui/form/Hint';
import type { CaseViewProps } from '~/team/view-props';

/** The whole case as a file, to open on another device or keep: a passphrase is optional but advised. */
export function SaveCaseFile(props: CaseViewProps & { details: Partial<CaseDetails> }) {
  const { t, stored, details } = props;
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="case-file-title" class="ltw-section ltw-no-print">
      <h2 id="case-file-title">{t('investigator:files.saveTitle')}</h2>
      <p>{t('investigator:files.saveIntro')}</p>
      <div class="ltw-content-note">
        <p>{t('investigator:files.saveWarning')}</p>
      </div>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setDone(false);
          await downloadCaseFile(stored.record, details, passphrase, t('investigator:fileNames.case'));
          setDone(true);
        }}
      >
        <div class="ltw-form-group">
          <label class="ltw-label" for="case-passphrase">
            {t('ui:move.passphrase')}
          </label>
          <Hint id="case-passphrase-hint" text={t('ui:move.passphraseHint')} />
          <input
            class="ltw-input"
            id="case-passphrase"
            type="password"
            autocomplete="new-password"
            aria-describedby="case-passphrase-hint"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="ltw-button ltw-button--secondary">
          {t('investigator:files.save')}
        </button>
      </form>
      <p role="status">{done ? t('investigator:files.saved') : ''}</p>
    </section>
  );
}
