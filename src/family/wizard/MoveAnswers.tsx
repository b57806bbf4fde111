import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
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

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'error'; error: string }
  | { kind: 'preview'; preview: FilePreview }
  | { kind: 'used' };

/**
 * "Move your answers": download them as a file (a passphrase is optional), or open a file made on another
 * device. A file is checked and previewed first; its answers are merged, never put over these silently.
 */
export function MoveAnswers({ t, actions }: { t: Translate; actions: MoveAnswersActions }) {
  const [passphrase, setPassphrase] = useState('');
  const [filePassphrase, setFilePassphrase] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [downloaded, setDownloaded] = useState(false);
  const check = async () => {
    if (!file) return setState({ kind: 'error', error: 'no-file' });
    setState({ kind: 'checking' });
    const result = await actions.check(await file.text(), filePassphrase);
    setState(result.ok ? { kind: 'preview', preview: result.preview } : { kind: 'error', error: result.error });
  };
  const error = state.kind === 'error' ? t(`move.errors.${state.error}`) : undefined;
  // After a check, focus goes to what it found: the preview, or the field with the problem.
  const previewRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'preview') previewRef.current?.focus();
    if (state.kind === 'error') fileRef.current?.focus();
  }, [state.kind]);
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
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
          <label class="ltw-label" for="answers-file">
            {t('move.file')}
          </label>
          <ErrorMessage id="answers-file-error" prefix={t('errorPrefix')} text={error} />
          <input
            class="ltw-file-upload"
            id="answers-file"
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            aria-describedby={error ? 'answers-file-error' : undefined}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setState({ kind: 'idle' });
            }}
          />
        </div>
        <div class="ltw-form-group">
          <label class="ltw-label" for="open-passphrase">
            {t('move.openPassphrase')}
          </label>
          <input
            class="ltw-input"
            id="open-passphrase"
            type="password"
            autocomplete="off"
            value={filePassphrase}
            onInput={(event) => setFilePassphrase(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="ltw-button ltw-button--secondary">
          {t('move.check')}
        </button>
      </form>
      <div role="status">
        {state.kind === 'checking' && <p>{t('move.checking')}</p>}
        {state.kind === 'used' && <p>{t('move.used')}</p>}
      </div>
      {state.kind === 'preview' && (
        <div class="ltw-inset" data-file-preview tabIndex={-1} ref={previewRef}>
          <p>{t('move.preview', { count: state.preview.answers, date: state.preview.createdOn })}</p>
          {state.preview.unreadable > 0 && <p>{t('move.previewUnreadable', { count: state.preview.unreadable })}</p>}
          <p>{t('move.previewMerge')}</p>
          <button
            type="button"
            class="ltw-button"
            onClick={() => {
              actions.use();
              setState({ kind: 'used' });
            }}
          >
            {t('move.use')}
          </button>
        </div>
      )}
    </section>
  );
}
