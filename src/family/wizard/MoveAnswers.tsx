import { useState } from 'preact/hooks';
import type { Translate } from '~/core/questions/types';
import { FileOpenFlow, type Checked } from '~/ui/form/FileOpenFlow';
import { Hint } from '~/ui/form/Hint';
import type { Key } from '~/core/words/translate';
import type { FileError } from '~/core/formats/answers-file';
import type { AppFileKind } from '~/core/formats/file-identity';
import { questionKey } from '~/core/journey/schema/keys';
import { isolate } from '~/core/text/text';

/** What a checked answers file holds, before anything is used. */
export interface FilePreview {
  answers: number;
  unreadable: number;
  createdOn: string;
  /** Whose answers they are and the case reference they were made for, when the file says. */
  name?: string;
  reference?: string;
  /** Questions whose answer in the file is longer than this tool keeps. */
  capped: string[];
  /** The name here, when the file is someone else's by name; the reference here, when it is another case's. */
  otherName?: string;
  otherCase?: string;
}

/**
 * Why an answers file cannot be used: the file's own problem, one made for the other side, another of
 * the app's files (named for what it is), or answers that are all here already.
 */
export type AnswersFileProblem = FileError | 'wrong-role' | 'already-here' | `is-${AppFileKind}`;
export type CheckedFile = { ok: true; preview: FilePreview } | { ok: false; error: AnswersFileProblem };

const FILE_PROBLEM_WORDS = {
  empty: 'ui:move.errors.empty',
  'not-json': 'ui:move.errors.not-json',
  'wrong-app': 'ui:move.errors.wrong-app',
  'wrong-kind': 'ui:move.errors.wrong-kind',
  'too-new': 'ui:move.errors.too-new',
  'needs-passphrase': 'ui:move.errors.needs-passphrase',
  'wrong-passphrase': 'ui:move.errors.wrong-passphrase',
  tampered: 'ui:move.errors.tampered',
  'too-large': 'ui:move.errors.too-large',
  invalid: 'ui:move.errors.invalid',
  'wrong-role': 'ui:move.errors.wrong-role',
  'already-here': 'ui:move.errors.already-here',
  'is-family-answers': 'ui:move.errors.wrong-kind',
  'is-case-file': 'ui:fileKinds.case-file',
  'is-comments': 'ui:fileKinds.comments',
  'is-reply': 'ui:fileKinds.reply',
  'is-case-link': 'ui:fileKinds.case-link',
  'is-saved-copy': 'ui:fileKinds.saved-copy',
  'is-calendar': 'ui:fileKinds.calendar',
  'is-pdf': 'ui:fileKinds.pdf',
  'no-file': 'ui:move.errors.no-file',
} as const satisfies Record<AnswersFileProblem | 'no-file', Key>;

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
  const check = async (text: string, filePassphrase: string): Promise<Checked<AnswersFileProblem>> => {
    const result = await actions.check(text, filePassphrase);
    if (!result.ok) return result;
    const { preview: p } = result;
    const warning = [
      ...(p.otherName ? [t('ui:move.otherPerson', { name: isolate(p.name!), here: isolate(p.otherName) })] : []),
      ...(p.otherCase
        ? [t('ui:move.otherCase', { reference: isolate(p.reference!), here: isolate(p.otherCase) })]
        : []),
    ].join(' ');
    return {
      ok: true,
      preview: [
        p.name ? t('ui:move.previewName', { name: isolate(p.name) }) : t('ui:move.previewNoName'),
        p.reference
          ? t('ui:move.previewReference', { reference: isolate(p.reference) })
          : t('ui:move.previewNoReference'),
        t('ui:move.preview', { count: p.answers, date: p.createdOn }),
        ...(p.unreadable > 0 ? [t('ui:move.previewUnreadable', { count: p.unreadable })] : []),
        ...p.capped.map((id) =>
          t('ui:move.previewCapped', { question: t(questionKey({ id }, 'short'), { defaultValue: id }) }),
        ),
        t('ui:move.previewMerge'),
      ],
      ...(warning ? { warning, anyway: t('ui:move.useAnyway') } : {}),
    };
  };
  return (
    <section class="ltw-move" aria-labelledby="move-title">
      <h2 id="move-title">{t('ui:move.title')}</h2>
      <p>{t('ui:move.intro')}</p>
      <div class="ltw-content-note">
        <p>{t('ui:move.warning')}</p>
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
            {t('ui:move.passphrase')}
          </label>
          <Hint id="file-passphrase-hint" text={t('ui:move.passphraseHint')} />
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
          {t('ui:move.download')}
        </button>
      </form>
      <p role="status">{downloaded ? t('ui:move.downloaded') : ''}</p>

      <h3>{t('ui:move.openTitle')}</h3>
      <FileOpenFlow
        t={t}
        ids={{ file: 'answers-file', passphrase: 'open-passphrase' }}
        fileLabel={t('ui:move.file')}
        errorText={(code) => t(FILE_PROBLEM_WORDS[code])}
        useLabel={t('ui:move.use')}
        usedText={t('ui:move.used')}
        check={check}
        use={actions.use}
      />
    </section>
  );
}
