import type { Translate } from '~/core/questions/types';
import type { CaseSaveResult } from '~/core/cases/case-store';

/** What the last save of one case could not do as asked: where it is kept now, or that it was not kept. */
export type SaveNoticeState =
  | { caseId: string; kind: 'moved'; where: 'tab' | 'memory'; because: 'full' | 'unavailable' | 'other' }
  | { caseId: string; kind: 'deleted' }
  | { caseId: string; kind: 'clash'; count: number };

/**
 * The notice after a save. A move to somewhere that keeps less stays said until the page closes (the
 * case stays there); a clash or a refusal is said once, for that save.
 */
export function noticeAfter(
  result: CaseSaveResult,
  caseId: string,
  shown: SaveNoticeState | null,
): SaveNoticeState | null {
  if (!result.ok)
    return result.error === 'deleted'
      ? { caseId, kind: 'deleted' }
      : { caseId, kind: 'moved', where: 'memory', because: 'other' };
  if (result.movedBecause && result.where !== 'device') {
    const because =
      result.movedBecause === 'full' || result.movedBecause === 'unavailable' ? result.movedBecause : 'other';
    return { caseId, kind: 'moved', where: result.where, because };
  }
  if (result.clashes.length > 0) return { caseId, kind: 'clash', count: result.clashes.length };
  return shown?.kind === 'moved' && shown.caseId === caseId ? shown : null;
}

/**
 * Said at the top of the case's pages, as the family's side says it: exactly what would lose the
 * changes. role=status: announced without moving focus (WCAG 4.1.3); the region is always there so
 * that a message appearing in it is heard.
 */
export function SaveNotice({ t, notice }: { t: Translate; notice: SaveNoticeState | null }) {
  const text =
    notice?.kind === 'moved'
      ? t(
          notice.where === 'memory'
            ? 'investigator:storage.movedToPage'
            : `investigator:storage.movedToTab.${notice.because}`,
        )
      : notice?.kind === 'clash'
        ? t('investigator:storage.clash', { count: notice.count })
        : notice?.kind === 'deleted'
          ? t('investigator:storage.deleted')
          : undefined;
  return (
    <div role="status">
      {notice && text && (
        <div class="ltw-notification ltw-notification--info" data-save-notice={notice.kind}>
          <p>{text}</p>
        </div>
      )}
    </div>
  );
}
