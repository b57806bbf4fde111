import { familyAnswers, type CaseRecord } from '~/core/cases/record';
import { personLabel } from '~/core/cases/person-label';
import { questionKey } from '~/core/journey/schema/keys';
import type { Translate } from '~/core/questions/types';
import { isolate } from '~/core/text/text';
import type { FamilyFileResult } from '~/team/case-files';
import type { Checked, CaseFileProblem } from './FileOpenForm';

const nameIn = (answers: Record<string, unknown> | undefined) =>
  typeof answers?.['your-name'] === 'string' ? answers['your-name'] : undefined;

/**
 * What a family member's answers file holds, before it is added: whose it is, which case it says it is
 * for, when it was made, and what is in it; or that it was added before. A file whose reference is not
 * this case's needs a deliberate "add anyway", not a refusal: the team may have corrected the reference
 * after the family had the link, and the family's copy keeps the one they were given.
 */
export async function familyPreview(
  result: Extract<FamilyFileResult, { ok: true }>,
  record: CaseRecord,
  caseReference: string | undefined,
  t: Translate,
  when: (iso: string) => string,
): Promise<Checked<CaseFileProblem>> {
  const { sameFile, referenceMatch } = await import('~/core/formats/file-identity');
  const incoming = {
    person: nameIn(result.saved.answers),
    createdAt: result.createdAt.toISOString(),
    content: result.saved.answers,
  };
  const twin = record.families.findIndex((member) => {
    const saved = familyAnswers(member);
    return sameFile(
      { person: nameIn(saved?.answers), createdAt: member.fileCreatedAt, content: saved?.answers },
      incoming,
    );
  });
  if (twin >= 0)
    return {
      ok: false,
      error: 'already-added-person',
      values: { name: isolate(personLabel(familyAnswers(record.families[twin]!), twin, t)) },
    };
  const name = personLabel(result.saved, record.families.length, t);
  const match = referenceMatch(result.reference, caseReference);
  return {
    ok: true,
    preview: [
      t('investigator:files.familyPreview', { name: isolate(name), date: when(incoming.createdAt) }),
      result.reference
        ? t('investigator:files.forReference', { reference: isolate(result.reference) })
        : t('investigator:files.noReference'),
      t('investigator:files.familyCount', { count: result.answers }),
      ...(result.unreadable ? [t('ui:move.previewUnreadable', { count: result.unreadable })] : []),
      ...result.capped.map((id) =>
        t('investigator:files.keptWhole', { question: t(questionKey({ id }, 'short'), { defaultValue: id }) }),
      ),
      t('investigator:home.addFamilyApart'),
    ],
    ...(match === 'different'
      ? {
          warning: t('investigator:files.otherCase', {
            reference: isolate(result.reference!),
            here: isolate(caseReference!),
          }),
          anyway: t('investigator:home.addFamilyAnyway'),
        }
      : {}),
  };
}
