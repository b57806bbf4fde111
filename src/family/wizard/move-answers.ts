import { cleanText, dateFormat } from '~/core/text/text';
import { hasSavedCase } from '~/browser/family-case-keys';
import type { MoveAnswersActions } from './MoveAnswers';
import type { SavedCase } from '~/core/store';
import { downloadFile } from '~/browser/download-file';
import { loadQuestionRules } from '~/core/questions/rules';

const today = () => new Date().toISOString().slice(0, 10);
const nameIn = (saved: SavedCase) => cleanText(saved.answers['your-name']) || undefined;

/** The team's details this browser confirmed from their link, if any (their loader comes only when some are saved). */
const teamDetails = async () =>
  hasSavedCase() ? (await import('~/family/link/family-case')).savedTeam()?.details : undefined;

/**
 * Writes the answers file of what is on screen now: encrypted when a passphrase is given. It carries the
 * team's details from their link (never private), so the team sees which case the file is for.
 */
export async function downloadAnswersFile(saved: SavedCase, name: string, passphrase = ''): Promise<void> {
  const [{ createAnswersFile }, details] = await Promise.all([import('~/core/formats'), teamDetails()]);
  const text = await createAnswersFile(
    { saved, role: 'family', ...(details ? { details } : {}), now: new Date() },
    passphrase || undefined,
  );
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
      const [{ readAnswersFile, expectRole }, identity, team] = await Promise.all([
        import('~/core/formats'),
        import('~/core/formats/file-identity'),
        teamDetails(),
        loadQuestionRules(),
      ]);
      const result = expectRole(await readAnswersFile(text, passphrase || undefined), 'family');
      if (!result.ok) {
        const kind = ['wrong-kind', 'wrong-role', 'not-json'].includes(result.error)
          ? identity.misplacedKind(text, 'family-answers')
          : undefined;
        return { ok: false, error: kind ? `is-${kind}` : result.error };
      }
      const here = options.current();
      if (identity.sameContent(here.answers, result.saved.answers)) return { ok: false, error: 'already-here' };
      const name = nameIn(result.saved);
      const reference = result.details?.reference;
      const otherName = name && nameIn(here) && !identity.sameWords(name, nameIn(here)!);
      const otherCase = identity.referenceMatch(reference, team?.reference) === 'different';
      checked = result.saved;
      return {
        ok: true,
        preview: {
          answers: Object.keys(result.saved.answers).length,
          unreadable: Object.keys(result.unreadable).length,
          createdOn: dateFormat(options.lang, { dateStyle: 'long' }).format(result.createdAt),
          ...(name ? { name } : {}),
          ...(reference ? { reference } : {}),
          capped: result.capped,
          // Not refused: a name spelled another way, or a reference the team corrected, are real reasons.
          ...(otherName ? { otherName: nameIn(here) } : {}),
          ...(otherCase ? { otherCase: team!.reference } : {}),
        },
      };
    },
    use() {
      if (checked) options.importCase(checked);
    },
  };
}
