import type { FamilyMember } from '~/core/cases/record';
import type { Translate } from '~/core/questions/types';

/** Where a family member's answers came from: their file (and who added it), or a paper form typed in. */
export function MemberSource({
  t,
  member,
  when,
}: {
  t: Translate;
  member: FamilyMember;
  when: (iso: string) => string;
}) {
  if (member.fromPaper)
    return (
      <p class="ltw-hint" data-from-paper>
        {t('investigator:paper.enteredBy', {
          by: member.fromPaper.by,
          date: when(`${member.fromPaper.on}T12:00:00Z`),
          entered: when(member.importedAt),
        })}
      </p>
    );
  return (
    <p class="ltw-hint">
      {t('investigator:home.familyFile', { date: when(member.fileCreatedAt) })}
      {member.addedBy
        ? ` ${t('investigator:people.addedBy', { by: member.addedBy, date: when(member.importedAt) })}`
        : ''}
    </p>
  );
}
