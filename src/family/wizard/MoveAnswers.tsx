import { useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { FileOpenFlow, type Checked } from '~/ui/form/FileOpenFlow';
import { Hint } from '~/ui/form/Hint';

/** What a checked answers file holds, before anything is used. */
export interface FilePreview {
  answers: number;
  unreadable: number;
  createdOn: string;
}

export type CheckedFile = { ok: true; preview: FilePreview } | { ok: false; error: string };

export interface MoveAnswersActions {
  download(passphrase: string): Promise<void>;
  /** Reads the file; nothing is used until `use` is called. */
  check(text: string, passphrase: string): Promise<CheckedFile>;
  /** Merges the checked file's answers with these, asking about any answer that differs. */
  use(): void;
}

/**
 * "Move your answers": download them as a file (a passphrase is optional), or open a file made on another
 * device. A file is checked and previewed first; its answers are merged, never put over these silently.
 */
export function MoveAnswers({ t, actions }: { t: Translate; actions: MoveAnswersActions }) {
  const [passphrase, setPassphrase] = useState('');
  const [downloaded, setDownloaded] = useState(false);
  const check = async (text: string, filePassphrase: string): Promise<Checked> => {
    const result = await actions.check(text, filePassphrase);
    if (!result.ok) return result;
    const { preview } = result;
    return {
      ok: true,
      preview: [
        t('move.preview', { count: preview.answers, date: preview.createdOn }),
        ...(preview.unreadable > 0 ? [t('move.previewUnreadable', { count: preview.unreadable })] : []),
        t('move.previewMerge'),
      ],
    };
  };
  return (
    <section class="ltw-move" aria-labelledby="move-title">
      <h2 id="move-title">{t('move.title')}</h2>
      <p>{t('move.intro')}</p>
      <div class="ltw-content-note">
        <p>{t('move.warning')}</p>
      </div>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          await actions.download(passphrase);
          setDownloaded(true);
        }}
      >
        <div class="ltw-form-group">
          <label class="ltw-label" for="file-passphrase">
            {t('move.passphrase')}
          </label>
          <Hint id="file-passphrase-hint" text={t('move.passphraseHint')} />
          <input
            class="ltw-input"
            id="file-passphrase"
            type="password"
            autocomplete="new-password"
            aria-describedby="file-passphrase-hint"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="ltw-button ltw-button--secondary">
          {t('move.download')}
        </button>
      </form>
      <p role="status">{downloaded ? t('move.downloaded') : ''}</p>

      <h3>{t('move.openTitle')}</h3>
      <FileOpenFlow
        t={t}
        ids={{ file: 'answers-file', passphrase: 'open-passphrase' }}
        fileLabel={t('move.file')}
        errorText={(code) => t(`move.errors.${code}`)}
        useLabel={t('move.use')}
        usedText={t('move.used')}
        check={check}
        use={actions.use}
      />
    </section>
  );
}
