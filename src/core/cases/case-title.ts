import type { Translate } from '~/core/questions/types';
import { cleanText } from '~/core/text/text';
import type { CaseRecord } from './record';

/** How a case is named in lists and headings: its reference, else the date it was set up. */
export function caseTitle(record: CaseRecord, t: Translate): string {
  const reference = cleanText(record.setup.answers.reference as string | undefined);
  return reference
    ? t('investigator:cases.reference', { reference })
    : t('investigator:cases.untitled', { date: record.createdAt.slice(0, 10) });
}
