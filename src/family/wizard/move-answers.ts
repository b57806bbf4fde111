import { dateFormat } from '~/core/text/text';
import type { MoveAnswersActions } from './MoveAnswers';
import type { SavedCase } from '~/core/store';
import { downloadFile } from '~/browser/download-file';
import { loadQuestionRules } from '~/core/questions/rules';

const today = () => new Date().toISOString().slice(0, 10);

/** Writes the answers file of what is on screen now: encrypted when a passphrase is given. */
export async function downloadAnswersFile(saved: SavedCase, name: string, passphrase = ''): Promise<void> {
  const { createAnswersFile } = await import('~/core/formats');
  const text = await createAnswersFile({ saved, role: 'family', now: new Date() }, passphrase || undefined);
  downloadFile(`${name}-${today()}.json`, text, 'application/json');
}

/**
 * Download and open answers files. The file code (and its schema) loads only when asked for, so the
 * wizard's first load stays small; a file is read and checked before anything of it is used.
 */
export function moveAnswersActions(options: {
  current: () => SavedCase;
  lang: string;
  /** The answers file's name without its date, in the page's language. */
  fileName: string;
  importCase: (saved: SavedCase) => void;
}): MoveAnswersActions {
  let checked: SavedCase | undefined;
  return {
    download: (passphrase) => downloadAnswersFile(options.current(), options.fileName, passphrase),
    async check(text, passphrase) {
      checked = undefined;
      const [{ readAnswersFile, expectRole }] = await Promise.all([import('~/core/formats'), loadQuestionRules()]);
      const result = expectRole(await readAnswersFile(text, passphrase || undefined), 'family');
      if (!result.ok) return { ok: false, error: result.error };
      checked = result.saved;
      return {
        ok: true,
        preview: {
          answers: Object.keys(result.saved.answers).length,
          unreadable: Object.keys(result.unreadable).length,
          createdOn: dateFormat(options.lang, { dateStyle: 'long' }).format(result.createdAt),
        },
      };
    },
    use() {
      if (checked) options.importCase(checked);
    },
  };
}
