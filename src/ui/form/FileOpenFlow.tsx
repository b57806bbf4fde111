import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { Isolated } from './Isolated';

/** Words for a message: a number, or text the person typed (isolated by the caller). */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * What a file held, in lines to show before it is used (names isolated with `isolate()`, drawn in
 * `<bdi>`); `warning` when using it needs a deliberate choice (a file that says it is for another
 * case), which the button then names (`anyway`). Or why it cannot be used: a code and its words' values.
 */
export type Checked<Code extends string = string> =
  | { ok: true; preview: string[]; warning?: string; anyway?: string }
  | { ok: false; error: Code; values?: MessageValues };

interface Props<Code extends string> {
  t: Translate;
  /** The ids of the file box and the passphrase box, unique on the page. */
  ids: { file: string; passphrase: string };
  fileLabel: string;
  fileHint?: string;
  /** The message for an error code ('no-file' when none was chosen). */
  errorText: (code: Code | 'no-file', values?: MessageValues) => string;
  useLabel: string;
  usedText: string;
  check: (text: string, passphrase: string) => Promise<Checked<Code>>;
  /** Uses the checked file; false when it could not be kept (the page says why). */
  use: () => boolean | void;
  /** For files that are never protected with a passphrase (comments on the draft). */
  noPassphrase?: boolean;
  /** A button that chooses the file another way (the browser's own file picker for a drive), in place of the box. */
  choose?: { label: string; chosen: (name: string) => string; pick: () => Promise<File | undefined> };
}

type State<Code extends string> =
  | { kind: 'idle' | 'checking' | 'used' }
  | { kind: 'error'; error: Code | 'no-file'; values?: MessageValues }
  | { kind: 'preview'; lines: string[]; warning?: string; anyway?: string };

/**
 * The one way to open a file (the family's answers file, the team's case file, a family's answers,
 * comments on the draft, the team's reply to them): choose it (and its passphrase), check it, see what it holds, then use it;
 * nothing is used before that. After a check, focus goes to what it found: the preview, or the file box.
 */
export function FileOpenFlow<Code extends string>({
  t,
  ids,
  fileLabel,
  fileHint,
  errorText,
  useLabel,
  usedText,
  check,
  use,
  noPassphrase,
  choose,
}: Props<Code>) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<State<Code>>({ kind: 'idle' });
  const previewRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement & HTMLButtonElement>(null);
  useEffect(() => {
    if (state.kind === 'preview') previewRef.current?.focus();
    if (state.kind === 'error') fileRef.current?.focus();
  }, [state.kind]);
  const error = state.kind === 'error' ? errorText(state.error, state.values) : undefined;
  const errorId = `${ids.file}-error`;
  const hintId = `${ids.file}-hint`;
  const describedBy = [fileHint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!file) return setState({ kind: 'error', error: 'no-file' });
          setState({ kind: 'checking' });
          const result = await check(await file.text(), passphrase);
          setState(
            result.ok
              ? { kind: 'preview', lines: result.preview, warning: result.warning, anyway: result.anyway }
              : { kind: 'error', error: result.error, values: result.values },
          );
        }}
      >
        <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
          {!choose && (
            <label class="ltw-label" for={ids.file}>
              {fileLabel}
            </label>
          )}
          {fileHint && (
            <div class="ltw-hint" id={hintId}>
              {fileHint}
            </div>
          )}
          {error && (
            <p class="ltw-error-message" id={errorId}>
              <span class="ltw-visually-hidden">{t('ui:errorPrefix')} </span>
              <Isolated text={error} />
            </p>
          )}
          {choose ? (
            <>
              <button
                type="button"
                class="ltw-button ltw-button--secondary"
                id={ids.file}
                ref={fileRef}
                aria-describedby={describedBy || undefined}
                onClick={async () => {
                  const picked = await choose.pick();
                  if (!picked) return;
                  setFile(picked);
                  setState({ kind: 'idle' });
                }}
              >
                {choose.label}
              </button>
              {file && <p>{choose.chosen(file.name)}</p>}
            </>
          ) : (
            <input
              class="ltw-file-upload"
              id={ids.file}
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              aria-describedby={describedBy || undefined}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setState({ kind: 'idle' });
              }}
            />
          )}
        </div>
        <div class="ltw-form-group" hidden={noPassphrase}>
          <label class="ltw-label" for={ids.passphrase}>
            {t('ui:move.openPassphrase')}
          </label>
          <input
            class="ltw-input"
            id={ids.passphrase}
            type="password"
            autocomplete="off"
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="ltw-button ltw-button--secondary">
          {t('ui:move.check')}
        </button>
      </form>
      <div role="status">
        {state.kind === 'checking' && <p>{t('ui:move.checking')}</p>}
        {state.kind === 'used' && <p>{usedText}</p>}
      </div>
      {state.kind === 'preview' && (
        <div class="ltw-inset" data-file-preview tabIndex={-1} ref={previewRef}>
          {state.lines.map((line, index) => (
            <p key={index}>
              <Isolated text={line} />
            </p>
          ))}
          {state.warning && (
            <div class="ltw-warning-text" data-file-warning>
              <span class="ltw-warning-text__icon" aria-hidden="true">
                !
              </span>
              <p class="ltw-warning-text__text">
                <span class="ltw-visually-hidden">{t('ui:warning')} </span>
                <Isolated text={state.warning} />
              </p>
            </div>
          )}
          <button
            type="button"
            class={state.warning ? 'ltw-button ltw-button--warning' : 'ltw-button'}
            onClick={() => {
              if (use() !== false) setState({ kind: 'used' });
            }}
          >
            {state.warning ? (state.anyway ?? useLabel) : useLabel}
          </button>
        </div>
      )}
    </>
  );
}
