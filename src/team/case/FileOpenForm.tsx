import type { Translate } from '~/core/questions/types';
import { FileOpenFlow, type Checked } from '~/ui/form/FileOpenFlow';
import type { Key } from '~/core/words/translate';
import type { FileError } from '~/core/formats/answers-file';
import type { Misplaced } from '~/team/case-files';

export type { Checked };

/**
 * Why a file cannot be used for this case: the file's own problem, one for the other side, one added
 * before, another of the app's files (named for what it is), or a comment longer than the app keeps.
 */
export type CaseFileProblem =
  | FileError
  | 'wrong-role-family'
  | 'wrong-role-team'
  | 'already-added'
  | 'already-added-person'
  | 'too-long'
  | Misplaced;

/** Each problem in the team's words. */
const FILE_PROBLEM_WORDS = {
  'already-added': 'investigator:fileErrors.already-added',
  'already-added-person': 'investigator:fileErrors.already-added-person',
  'too-long': 'investigator:fileErrors.too-long',
  'is-family-answers': 'investigator:fileErrors.is-family-answers',
  'is-case-file': 'investigator:fileErrors.is-case-file',
  'is-comments': 'investigator:fileErrors.is-comments',
  'is-reply': 'investigator:fileErrors.is-reply',
  'is-case-link': 'investigator:fileErrors.is-case-link',
  'is-saved-copy': 'investigator:fileErrors.is-saved-copy',
  'is-calendar': 'investigator:fileErrors.is-calendar',
  'is-pdf': 'investigator:fileErrors.is-pdf',
  empty: 'investigator:fileErrors.empty',
  invalid: 'investigator:fileErrors.invalid',
  'needs-passphrase': 'investigator:fileErrors.needs-passphrase',
  'no-file': 'investigator:fileErrors.no-file',
  'not-json': 'investigator:fileErrors.not-json',
  tampered: 'investigator:fileErrors.tampered',
  'too-large': 'investigator:fileErrors.too-large',
  'too-new': 'investigator:fileErrors.too-new',
  'wrong-app': 'investigator:fileErrors.wrong-app',
  'wrong-kind': 'investigator:fileErrors.wrong-kind',
  'wrong-passphrase': 'investigator:fileErrors.wrong-passphrase',
  'wrong-role-family': 'investigator:fileErrors.wrong-role-family',
  'wrong-role-team': 'investigator:fileErrors.wrong-role-team',
} as const satisfies Record<CaseFileProblem | 'no-file', Key>;

interface Props {
  t: Translate;
  /** Prefix of the form's ids, unique on the page. */
  id: string;
  title: string;
  intro?: string;
  useLabel: string;
  usedText: string;
  check: (text: string, passphrase: string) => Promise<Checked<CaseFileProblem>>;
  /** Uses the checked file; false when it could not be kept (the page says why). */
  use: () => boolean | void;
  /** For files that are never protected with a passphrase (comments on the draft). */
  noPassphrase?: boolean;
}

/** A file for the case, in a section of its own: the one file-open flow, in the team's words. */
export function FileOpenForm({ t, id, title, intro, ...flow }: Props) {
  return (
    <section class="ltw-move" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p>{intro}</p>}
      <FileOpenFlow
        {...flow}
        t={t}
        ids={{ file: `${id}-file`, passphrase: `${id}-passphrase` }}
        fileLabel={t('investigator:files.choose')}
        errorText={(code, values) => t(FILE_PROBLEM_WORDS[code], values)}
      />
    </section>
  );
}
