import type { Translate } from '~/core/questions/types';
import { FileOpenFlow, type Checked } from '~/ui/form/FileOpenFlow';

export type { Checked };

interface Props {
  t: Translate;
  /** Prefix of the form's ids, unique on the page. */
  id: string;
  title: string;
  intro?: string;
  useLabel: string;
  usedText: string;
  check: (text: string, passphrase: string) => Promise<Checked>;
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
        errorText={(code) => t(`investigator:fileErrors.${code}`)}
      />
    </section>
  );
}
